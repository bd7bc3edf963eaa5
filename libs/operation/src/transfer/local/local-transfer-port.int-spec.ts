import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { folderTier, newBase, newFolder } from '../testing/file-tier-fixture';
import { describeTransferPort, observeUntil } from '../transfer-port.contract';
import { checksumOf, sha256Hex } from '../tree-digest';
import { TransferRequest } from '../transfer.port';
import { LocalTransferPort } from './local-transfer-port';

let base: string;
beforeAll(async () => {
  base = await newBase('custody-local-transfer');
});
afterAll(async () => {
  await fs.rm(base, { recursive: true, force: true });
});

/** The shared spec on real folders, with a tree's small files copied as `smallFiles` says (threads: two of them). */
function describeLocalCopy(title: string, smallFiles: 'thread' | 'event-loop') {
  describeTransferPort(title, async () => {
    const stateDir = await newFolder(base);
    return {
      newPort: (options) =>
        new LocalTransferPort(
          options?.slow
            ? { stateDir, bufferBytes: 64 * 1024, limitBytesPerSecond: 1024 * 1024 }
            : { stateDir, smallFiles, copyThreads: 2 },
        ),
      tier: async () => folderTier(await newFolder(base)),
      unreachableTier: async () => folderTier(path.join(base, 'not-mounted', String(Math.random()))),
      // Root may write almost anywhere; sysfs refuses new files to everyone.
      deniedTier: async () => folderTier('/sys/kernel'),
      failTargetFiles: async (target, paths) => {
        for (const p of paths) await target.write(p, Buffer.from('another file, already there'));
      },
      measuresCopy: true,
    };
  });
}

// Small trees too, with their small files in the thread (by default they need 64 to take it).
describeLocalCopy('local copy (real files)', 'thread');
// The same spec with small files on the event loop, the path a bandwidth limit or fsync durability takes.
describeLocalCopy('local copy, small files on the event loop (real files)', 'event-loop');

describe('local copy: what only a file system can show', () => {
  let stateDir: string;
  let sourceDir: string;
  let targetDir: string;
  beforeEach(async () => {
    stateDir = await newFolder(base);
    sourceDir = await newFolder(base);
    targetDir = await newFolder(base);
  });

  const location = (dir: string, p: string) => ({
    tierId: path.basename(dir),
    accessProtocol: 'file' as const,
    rootUri: pathToFileURL(dir).href,
    path: p,
  });

  function treeRequest(key: string, files: Record<string, string>, p = 'tree'): TransferRequest {
    return {
      idempotencyKey: key,
      source: location(sourceDir, p),
      target: location(targetDir, p),
      kind: 'tree',
      expected: checksumOf(
        'tree',
        Object.entries(files).map(([rel, c]) => ({ path: rel, sha256: sha256Hex(c), size: Buffer.byteLength(c) })),
      ),
    };
  }

  async function write(dir: string, rel: string, content: string) {
    await fs.mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await fs.writeFile(path.join(dir, rel), content);
  }

  it('never follows a link out of the source tier: the whole transfer is refused and nothing is written', async () => {
    const outside = await newFolder(base);
    await write(outside, 'secret.txt', 'not for copying');
    await write(sourceDir, 'tree/a.txt', 'a');
    await fs.symlink(path.join(outside, 'secret.txt'), path.join(sourceDir, 'tree/escape'));
    const port = new LocalTransferPort({ stateDir });
    const progress = await observeUntil(port, await port.begin(treeRequest('escape', { 'a.txt': 'a' })));
    expect(progress).toMatchObject({ state: 'Failed', failure: { code: 'TransferRejected' } });
    expect(progress.failure?.detail).toContain('escape');
    await expect(fs.readdir(path.join(targetDir, 'tree'))).rejects.toThrow();
  });

  it('does not copy links that stay inside the tier (the tree rule counts regular files only)', async () => {
    await write(sourceDir, 'tree/a.txt', 'a');
    await fs.symlink('a.txt', path.join(sourceDir, 'tree/alias'));
    const port = new LocalTransferPort({ stateDir });
    const progress = await observeUntil(port, await port.begin(treeRequest('inner-link', { 'a.txt': 'a' })));
    expect(progress).toMatchObject({ state: 'Succeeded', filesTotal: 1 });
    expect(await fs.readdir(path.join(targetDir, 'tree'))).toEqual(['a.txt']);
  });

  it('refuses a copy whose own path is a link out of the source tier', async () => {
    const outside = await newFolder(base);
    await write(outside, 'x/a.txt', 'a');
    await fs.symlink(path.join(outside, 'x'), path.join(sourceDir, 'tree'));
    const port = new LocalTransferPort({ stateDir });
    const progress = await observeUntil(port, await port.begin(treeRequest('root-link', { 'a.txt': 'a' })));
    expect(progress).toMatchObject({ state: 'Failed', failure: { code: 'TransferRejected' } });
  });

  it('never overwrites a different file at the target, and keeps identical ones (skipped)', async () => {
    const files = { 'same.txt': 'same bytes', 'other.txt': 'source bytes', 'new.txt': 'new' };
    for (const [rel, c] of Object.entries(files)) await write(sourceDir, `tree/${rel}`, c);
    await write(targetDir, 'tree/same.txt', 'same bytes');
    await write(targetDir, 'tree/other.txt', 'the bytes someone else put here');
    const port = new LocalTransferPort({ stateDir });
    const progress = await observeUntil(port, await port.begin(treeRequest('no-clobber', files)));
    expect(progress).toMatchObject({ state: 'Failed', partial: true, filesMoved: 1, filesSkipped: 1, filesFailed: 1 });
    expect(await fs.readFile(path.join(targetDir, 'tree/other.txt'), 'utf8')).toBe('the bytes someone else put here');
  });

  it('resumes after a crash by keeping what was complete (read again and verified), leaving no temp file', async () => {
    const files = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`f${i}.bin`, `${i}`.repeat(100_000)]));
    for (const [rel, c] of Object.entries(files)) await write(sourceDir, `tree/${rel}`, c);
    const request = treeRequest('resume', files);
    const first = new LocalTransferPort({
      stateDir,
      bufferBytes: 64 * 1024,
      limitBytesPerSecond: 512 * 1024,
      parallelFiles: 1,
    });
    const handle = await first.begin(request);
    await observeUntil(first, handle, (p) => p.filesMoved >= 2);
    await first.stop();
    const second = new LocalTransferPort({ stateDir });
    const done = await observeUntil(second, handle);
    expect(done.state).toBe('Succeeded');
    expect(done.filesSkipped).toBeGreaterThanOrEqual(2);
    expect(done.filesMoved + done.filesSkipped).toBe(8);
    expect((await fs.readdir(path.join(targetDir, 'tree'))).sort()).toEqual(Object.keys(files).sort());
  });

  it('removes the temp files a dead process of the same transfer left behind', async () => {
    const files = { 'a.bin': 'aaaa', 'b.bin': 'bbbb' };
    for (const [rel, c] of Object.entries(files)) await write(sourceDir, `tree/${rel}`, c);
    const request = treeRequest('stale-temp', files);
    const port = new LocalTransferPort({ stateDir });
    const id = (await port.begin(request)).id;
    await observeUntil(port, { adapter: 'local', id, request });
    // As a process killed mid-file leaves it: the transfer's prefix, a pid that no longer runs.
    const stale = `.${id.slice(-12)}-4194000-0123456789abcdef.custody-tmp`;
    await write(targetDir, `tree/${stale}`, 'half a file');
    const again = new LocalTransferPort({ stateDir: await newFolder(base) });
    const done = await observeUntil(again, await again.begin(request));
    expect(done).toMatchObject({ state: 'Succeeded', filesSkipped: 2 });
    expect((await fs.readdir(path.join(targetDir, 'tree'))).sort()).toEqual(['a.bin', 'b.bin']);
  });

  it('a cancel from another instance stops the copy there and removes its temp files', async () => {
    const files = Object.fromEntries(Array.from({ length: 4 }, (_, i) => [`f${i}.bin`, `${i}`.repeat(400_000)]));
    for (const [rel, c] of Object.entries(files)) await write(sourceDir, `tree/${rel}`, c);
    const running = new LocalTransferPort({ stateDir, bufferBytes: 64 * 1024, limitBytesPerSecond: 512 * 1024 });
    const handle = await running.begin(treeRequest('cancel-elsewhere', files));
    await observeUntil(running, handle, (p) => p.bytesMoved > 0);
    await new LocalTransferPort({ stateDir }).cancel(handle);
    const ended = await observeUntil(running, handle);
    expect(ended.state).toBe('Cancelled');
    const left = await fs.readdir(path.join(targetDir, 'tree'));
    expect(left.filter((name) => name.endsWith('.custody-tmp'))).toEqual([]);
  });

  describe('small files, copied in threads', () => {
    const manyFiles = (count: number, size: number) =>
      Object.fromEntries(
        Array.from({ length: count }, (_, i) => [`d${i % 7}/f${i}.bin`, `${i}-`.repeat(size).slice(0, size)]),
      );
    const temps = async () =>
      (await fs.readdir(targetDir, { recursive: true })).filter((name) => String(name).endsWith('.custody-tmp'));

    it('copies small and large files of one tree together: the counters and the sha256-tree of the whole', async () => {
      const files = { ...manyFiles(70, 3000), 'large.bin': 'L'.repeat(5 * 1024 * 1024) };
      for (const [rel, c] of Object.entries(files)) await write(sourceDir, `tree/${rel}`, c);
      const port = new LocalTransferPort({ stateDir });
      const request = treeRequest('mixed', files);
      const done = await observeUntil(port, await port.begin(request));
      expect(done).toMatchObject({ state: 'Succeeded', filesMoved: 71, filesFailed: 0, observed: request.expected });
      expect(done.bytesMoved).toBe(70 * 3000 + 5 * 1024 * 1024);
      for (const [rel, c] of Object.entries(files)) {
        expect(await fs.readFile(path.join(targetDir, 'tree', rel), 'utf8')).toBe(c);
      }
      expect(await temps()).toEqual([]);
    });

    it('moves its counters during the tree, and a new instance finishes what a stopped one began', async () => {
      const files = manyFiles(3000, 2000);
      for (const [rel, c] of Object.entries(files)) await write(sourceDir, `tree/${rel}`, c);
      const first = new LocalTransferPort({ stateDir });
      const handle = await first.begin(treeRequest('stop-thread', files));
      const midway = await observeUntil(first, handle, (p) => p.bytesMoved > 0);
      expect(midway.state).toBe('Active');
      expect(midway.bytesMoved).toBeLessThan(3000 * 2000);
      await first.stop();
      const second = new LocalTransferPort({ stateDir });
      const done = await observeUntil(second, handle);
      expect(done).toMatchObject({ state: 'Succeeded', filesFailed: 0 });
      expect(done.filesMoved + done.filesSkipped).toBe(3000);
      const copied = (await fs.readdir(targetDir, { recursive: true })).filter((name) => String(name).endsWith('.bin'));
      expect(copied).toHaveLength(3000);
      expect(await temps()).toEqual([]);
    });

    it('two threads that each stop at the group time limit leave the rest of their shares to the next groups', async () => {
      // A zero time limit: each thread copies one file of its share per group, the rest goes round again.
      const files = manyFiles(150, 500);
      for (const [rel, c] of Object.entries(files)) await write(sourceDir, `tree/${rel}`, c);
      const port = new LocalTransferPort({ stateDir, smallFiles: 'thread', copyThreads: 2, syncGroupMs: 0 });
      const request = treeRequest('time-limited', files);
      const done = await observeUntil(port, await port.begin(request));
      expect(done).toMatchObject({ state: 'Succeeded', filesMoved: 150, filesFailed: 0, observed: request.expected });
      for (const [rel, c] of Object.entries(files)) {
        expect(await fs.readFile(path.join(targetDir, 'tree', rel), 'utf8')).toBe(c);
      }
      expect(await temps()).toEqual([]);
    });

    it('honours a cancel between files: Cancelled, not every file copied, no temp file left', async () => {
      const files = manyFiles(4000, 1000);
      for (const [rel, c] of Object.entries(files)) await write(sourceDir, `tree/${rel}`, c);
      const port = new LocalTransferPort({ stateDir });
      const handle = await port.begin(treeRequest('cancel-thread', files));
      await observeUntil(port, handle, (p) => p.bytesMoved > 0);
      await port.cancel(handle);
      const ended = await observeUntil(port, handle);
      expect(ended.state).toBe('Cancelled');
      expect(ended.filesMoved).toBeLessThan(4000);
      expect(await temps()).toEqual([]);
    });

    it('never overwrites what is already at a final name (a directory there fails that file, the rest land)', async () => {
      const files = { 'a.bin': 'aaaa', 'b.bin': 'bbbb', 'c.bin': 'cccc' };
      for (const [rel, c] of Object.entries(files)) await write(sourceDir, `tree/${rel}`, c);
      await fs.mkdir(path.join(targetDir, 'tree/b.bin'), { recursive: true });
      await write(targetDir, 'tree/c.bin', 'cccc');
      const port = new LocalTransferPort({ stateDir, smallFiles: 'thread' });
      const done = await observeUntil(port, await port.begin(treeRequest('in-the-way', files)));
      expect(done).toMatchObject({
        state: 'Failed',
        partial: true,
        filesMoved: 1,
        filesSkipped: 1,
        filesFailed: 1,
        failure: { code: 'TransferPartial' },
      });
      expect((await fs.stat(path.join(targetDir, 'tree/b.bin'))).isDirectory()).toBe(true);
      expect(await temps()).toEqual([]);
    });
  });
});
