import { checksumOf, sha256Hex } from './tree-digest';
import { isTerminal } from './transfer-progress';
import { TransferHandle, TransferLocation, TransferPort, TransferProgress, TransferRequest } from './transfer.port';

/** One tier as a test sees it: where its copies are, and its bytes. */
export interface TierFixture {
  /** The location of a copy at `path` (relative to the tier root) on this tier. */
  location(path: string): TransferLocation;
  write(path: string, content: Buffer): Promise<void>;
  /** The bytes at `path`, or null when no regular file is there. */
  read(path: string): Promise<Buffer | null>;
  /** Every entry under `path` that is not a directory (temp files included), relative to `path`, sorted. */
  list(path: string): Promise<string[]>;
  /** Changes whenever the file at `path` is written again (inode and mtime, a write counter…). */
  fingerprint(path: string): Promise<string | null>;
}

export interface PortOptions {
  /** Slow enough that a test can observe, stop or cancel it in the middle (a bandwidth limit, a slow script). */
  readonly slow?: boolean;
}

/** What an adapter under test offers the shared spec. */
export interface TransferHarness {
  /** A new adapter instance over the same durable state: another process, as after a crash. */
  newPort(options?: PortOptions): TransferPort;
  /** A fresh, empty tier the adapter reaches. */
  tier(): Promise<TierFixture>;
  /** A tier whose endpoint cannot be reached. */
  unreachableTier(): Promise<TierFixture>;
  /** A tier the adapter may not write to. */
  deniedTier(): Promise<TierFixture>;
  /** Makes the files at these paths of the target fail to arrive; the others are moved. */
  failTargetFiles(target: TierFixture, paths: readonly string[]): Promise<void>;
  /** Whether the adapter measures the copy (observed checksums); when not, the job reads the copy itself. */
  readonly measuresCopy: boolean;
  /** How long a test waits for one transfer to end. */
  readonly timeoutMs?: number;
}

let keys = 0;
const newKey = (): string => `contract-${process.pid}-${Date.now()}-${++keys}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Observes until the state is terminal (or `until` holds), waiting as the adapter asks (never a busy loop). */
export async function observeUntil(
  port: TransferPort,
  handle: TransferHandle,
  until: (progress: TransferProgress) => boolean = (p) => isTerminal(p.state),
  timeoutMs = 20_000,
): Promise<TransferProgress> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const progress = await port.observe(handle);
    if (until(progress) || isTerminal(progress.state)) return progress;
    if (Date.now() > deadline) throw new Error(`still ${progress.state} after ${timeoutMs} ms`);
    await sleep(Math.min(Math.max(progress.pollAfterMs ?? 10, 5), 200));
  }
}

function bytes(seed: string, size: number): Buffer {
  const out = Buffer.alloc(size);
  let block = Buffer.from(sha256Hex(seed), 'hex');
  for (let offset = 0; offset < size; offset += block.length) {
    block.copy(out, offset);
    block = Buffer.from(sha256Hex(block), 'hex');
  }
  return out;
}

interface TreeSpec {
  readonly files: Readonly<Record<string, Buffer>>;
}

async function writeTree(tier: TierFixture, dir: string, tree: TreeSpec): Promise<void> {
  for (const [rel, content] of Object.entries(tree.files)) await tier.write(`${dir}/${rel}`, content);
}

function treeChecksum(tree: TreeSpec) {
  return checksumOf(
    'tree',
    Object.entries(tree.files).map(([path, content]) => ({ path, sha256: sha256Hex(content), size: content.length })),
  );
}

function fileChecksum(content: Buffer) {
  return checksumOf('file', [{ path: '', sha256: sha256Hex(content), size: content.length }]);
}

const sampleTree = (): TreeSpec => ({
  files: {
    'scan-0001.h5': bytes('a', 70_000),
    'scan-0002.h5': bytes('b', 1),
    'empty.txt': Buffer.alloc(0),
    'meta/run info.json': Buffer.from('{"beamline":"ID11","energy_keV":78}\n'),
    'meta/deep/er/Ångström.txt': bytes('c', 4096),
  },
});

/**
 * The one behaviour every TransferPort passes (memory, local, FDT, Globus). Call it inside a test file with a
 * harness that builds the adapter and its tiers.
 */
export function describeTransferPort(name: string, makeHarness: () => Promise<TransferHarness>): void {
  describe(`TransferPort: ${name}`, () => {
    let harness: TransferHarness;
    let source: TierFixture;
    let target: TierFixture;
    const wait = () => harness.timeoutMs ?? 20_000;

    beforeEach(async () => {
      harness = await makeHarness();
      source = await harness.tier();
      target = await harness.tier();
    });

    function request(
      kind: 'file' | 'tree',
      path: string,
      expected: TransferRequest['expected'],
      to: TierFixture = target,
    ): TransferRequest {
      return { idempotencyKey: newKey(), source: source.location(path), target: to.location(path), kind, expected };
    }

    async function run(port: TransferPort, req: TransferRequest) {
      const handle = await port.begin(req);
      return { handle, progress: await observeUntil(port, handle, undefined, wait()) };
    }

    it('copies one file: Succeeded with its counters, the observed sha256 and the same bytes, nothing else left', async () => {
      const content = bytes('one file', 300_000);
      await source.write('raw/frame.tiff', content);
      const port = harness.newPort();
      const { handle, progress } = await run(port, request('file', 'raw/frame.tiff', fileChecksum(content)));
      expect(handle.adapter).toBe(port.name);
      expect(progress).toMatchObject({
        state: 'Succeeded',
        bytesMoved: content.length,
        filesTotal: 1,
        filesMoved: 1,
        filesSkipped: 0,
        filesFailed: 0,
        partial: false,
        failure: null,
      });
      expect(progress.observed).toEqual(harness.measuresCopy ? fileChecksum(content) : null);
      expect((await target.read('raw/frame.tiff'))?.equals(content)).toBe(true);
      expect(await target.list('raw')).toEqual(['frame.tiff']);
    });

    it('copies a tree: every regular file, nested, byte-identical; the observed sha256-tree follows the tree rule', async () => {
      const tree = sampleTree();
      await writeTree(source, 'datasets/d1', tree);
      const port = harness.newPort();
      const { progress } = await run(port, request('tree', 'datasets/d1', treeChecksum(tree)));
      const total = Object.values(tree.files).reduce((sum, c) => sum + c.length, 0);
      expect(progress).toMatchObject({
        state: 'Succeeded',
        bytesMoved: total,
        bytesTotal: total,
        filesTotal: 5,
        filesMoved: 5,
        filesFailed: 0,
        failure: null,
      });
      expect(progress.observed).toEqual(harness.measuresCopy ? treeChecksum(tree) : null);
      expect(await target.list('datasets/d1')).toEqual(Object.keys(tree.files).sort());
      for (const [rel, content] of Object.entries(tree.files)) {
        expect((await target.read(`datasets/d1/${rel}`))?.equals(content)).toBe(true);
      }
    });

    it('is idempotent by key: the same key is the same transfer, from any instance, and nothing is copied twice', async () => {
      const content = bytes('idempotent', 50_000);
      await source.write('x/one.bin', content);
      const req = request('file', 'x/one.bin', fileChecksum(content));
      const first = harness.newPort();
      const handle = await first.begin(req);
      const again = await first.begin(req);
      expect(again.id).toBe(handle.id);
      const done = await observeUntil(first, handle, undefined, wait());
      expect(done.state).toBe('Succeeded');
      const written = await target.fingerprint('x/one.bin');
      expect(written).not.toBeNull();

      const other = harness.newPort();
      const later = await other.begin(req);
      expect(later.id).toBe(handle.id);
      const seen = await observeUntil(other, later, undefined, wait());
      expect(seen.state).toBe('Succeeded');
      expect(await target.fingerprint('x/one.bin')).toBe(written);
      expect(await target.list('x')).toEqual(['one.bin']);
    });

    it('is observed from a stored handle by a new instance after the first one stopped mid-way, and finishes the copy', async () => {
      const tree = {
        files: Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`part-${i}.bin`, bytes(`crash ${i}`, 200_000)])),
      };
      await writeTree(source, 'big', tree);
      const req = request('tree', 'big', treeChecksum(tree));
      const crashing = harness.newPort({ slow: true });
      const handle = await crashing.begin(req);
      const midway = await observeUntil(crashing, handle, (p) => p.bytesMoved > 0 || p.filesMoved > 0, wait());
      expect(midway.state).not.toBe('Succeeded');
      await crashing.stop?.();

      const stored = JSON.parse(JSON.stringify(handle)) as TransferHandle;
      const resumed = harness.newPort();
      const done = await observeUntil(resumed, stored, undefined, wait());
      expect(done).toMatchObject({ state: 'Succeeded', filesTotal: 6, filesFailed: 0 });
      expect(done.filesMoved + done.filesSkipped).toBe(6);
      expect(await target.list('big')).toEqual(Object.keys(tree.files).sort());
      for (const [rel, content] of Object.entries(tree.files)) {
        expect((await target.read(`big/${rel}`))?.equals(content)).toBe(true);
      }
    });

    it('cancels mid-transfer: Cancelled, idempotent, no temp file left; a finished transfer stays as it finished', async () => {
      const tree = {
        files: Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`c-${i}.bin`, bytes(`cancel ${i}`, 300_000)])),
      };
      await writeTree(source, 'cancel-me', tree);
      const port = harness.newPort({ slow: true });
      const handle = await port.begin(request('tree', 'cancel-me', treeChecksum(tree)));
      await observeUntil(port, handle, (p) => p.state === 'Active' && (p.bytesMoved > 0 || p.filesMoved > 0), wait());
      await port.cancel(handle);
      await port.cancel(handle);
      const ended = await observeUntil(port, handle, undefined, wait());
      expect(ended.state).toBe('Cancelled');
      expect(ended.filesMoved).toBeLessThan(6);
      await port.cancel(handle);
      expect((await harness.newPort().observe(handle)).state).toBe('Cancelled');
      const left = await target.list('cancel-me');
      expect(left.every((name) => Object.keys(tree.files).includes(name))).toBe(true);

      const content = bytes('finished', 1000);
      await source.write('done.bin', content);
      const { handle: finished } = await run(port, request('file', 'done.bin', fileChecksum(content)));
      await port.cancel(finished);
      expect((await port.observe(finished)).state).toBe('Succeeded');
    });

    it('reports a partial failure with its counters: Failed, partial, TransferPartial', async () => {
      const tree = sampleTree();
      await writeTree(source, 'partly', tree);
      await harness.failTargetFiles(target, ['partly/scan-0002.h5', 'partly/meta/run info.json']);
      const { progress } = await run(harness.newPort(), request('tree', 'partly', treeChecksum(tree)));
      expect(progress).toMatchObject({ state: 'Failed', partial: true, filesTotal: 5, filesMoved: 3, filesFailed: 2 });
      expect(progress.failure?.code).toBe('TransferPartial');
      expect(progress.observed).toBeNull();
      expect((await target.read('partly/scan-0001.h5'))?.equals(tree.files['scan-0001.h5'])).toBe(true);
    });

    it('fails with TransferEndpointUnreachable when the target cannot be reached', async () => {
      const content = bytes('unreachable', 10);
      await source.write('u.bin', content);
      const away = await harness.unreachableTier();
      const { progress } = await run(harness.newPort(), request('file', 'u.bin', fileChecksum(content), away));
      expect(progress).toMatchObject({ state: 'Failed', partial: false, filesMoved: 0 });
      expect(progress.failure?.code).toBe('TransferEndpointUnreachable');
    });

    it('fails with TransferAccessDenied when the target may not be written', async () => {
      const content = bytes('denied', 10);
      await source.write('d.bin', content);
      const denied = await harness.deniedTier();
      const { progress } = await run(harness.newPort(), request('file', 'd.bin', fileChecksum(content), denied));
      expect(progress).toMatchObject({ state: 'Failed', partial: false, filesMoved: 0 });
      expect(progress.failure?.code).toBe('TransferAccessDenied');
    });

    it('fails with TransferRejected when the source copy is not there', async () => {
      const { progress } = await run(
        harness.newPort(),
        request('file', 'missing/nothing.bin', fileChecksum(Buffer.from('never written'))),
      );
      expect(progress).toMatchObject({ state: 'Failed', filesMoved: 0, partial: false });
      expect(progress.failure?.code).toBe('TransferRejected');
      expect(await target.read('missing/nothing.bin')).toBeNull();
    });

    it('fails with TargetCopyMismatch when the copy does not hash as expected (or moves it, when it cannot measure)', async () => {
      const content = bytes('changed since it was checksummed', 2048);
      await source.write('m.bin', content);
      const stale = fileChecksum(bytes('what the dataset said', 2048));
      const { progress } = await run(harness.newPort(), request('file', 'm.bin', stale));
      if (harness.measuresCopy) {
        expect(progress.state).toBe('Failed');
        expect(progress.failure?.code).toBe('TargetCopyMismatch');
        expect(progress.observed).toEqual(fileChecksum(content));
      } else {
        // The adapter cannot measure the copy: it moves it, and the job's own read of the copy catches the change.
        expect(progress).toMatchObject({ state: 'Succeeded', observed: null });
      }
    });
  });
}
