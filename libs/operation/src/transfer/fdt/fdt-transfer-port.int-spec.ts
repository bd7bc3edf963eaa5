import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { FAKE_FDT_COMMAND, FakeFdtServer, startFakeFdtServer } from '../../../../../tools/fake-fdt';
import { folderTier, newBase, newFolder } from '../testing/file-tier-fixture';
import { TierFixture, describeTransferPort, observeUntil } from '../transfer-port.contract';
import { isTerminal } from '../transfer-progress';
import { checksumOf, sha256Hex } from '../tree-digest';
import { TransferRequest } from '../transfer.port';
import { FdtServer, FdtTransferPort, FdtTransferOptions } from './fdt-transfer-port';

let base: string;
let server: FakeFdtServer;
let control: string;
/** Target tier id → the FDT server that writes it (a port nothing listens on for an unreachable one). */
const servers = new Map<string, FdtServer>();

async function setControl(value: {
  failFiles?: string[];
  hang?: boolean;
  exitCode?: number;
  argvLog?: string;
}): Promise<void> {
  await fs.writeFile(control, JSON.stringify(value));
}

beforeAll(async () => {
  base = await newBase('custody-fdt-transfer');
  server = await startFakeFdtServer();
  control = path.join(base, 'fake-fdt-control.json');
});
afterAll(async () => {
  await server.close();
  await fs.rm(base, { recursive: true, force: true });
});
beforeEach(async () => {
  await setControl({});
});

function portOver(stateDir: string, overrides: Partial<FdtTransferOptions> = {}): FdtTransferPort {
  return new FdtTransferPort({
    command: FAKE_FDT_COMMAND,
    serverFor: (tierId) => servers.get(tierId),
    stateDir,
    batchFiles: 2,
    env: { FAKE_FDT_CONTROL: control },
    ...overrides,
  });
}

function tierAt(dir: string, reach: FdtServer = { host: server.host, port: server.port }): TierFixture {
  const tierId = `fdt-${path.basename(dir)}-${Math.random().toString(36).slice(2, 8)}`;
  servers.set(tierId, reach);
  return folderTier(dir, (p) => ({ tierId, accessProtocol: 'file', rootUri: pathToFileURL(dir).href, path: p }));
}

describeTransferPort('FDT client (against tools/fake-fdt)', async () => {
  const stateDir = await newFolder(base);
  return {
    // A stuck client ends as a clear failure (its idle timeout) well before a test's wait gives up.
    newPort: (options) =>
      portOver(stateDir, { idleTimeoutMs: 8_000, ...(options?.slow ? { limitBytesPerSecond: 1024 * 1024 } : {}) }),
    tier: async () => tierAt(await newFolder(base)),
    // A server port nothing listens on: the client's connection is refused.
    unreachableTier: async () => tierAt(await newFolder(base), { host: '127.0.0.1', port: 1 }),
    deniedTier: async () => tierAt('/sys/kernel'),
    failTargetFiles: async (target, paths) => {
      const root = new URL(target.location('x').rootUri).pathname;
      await setControl({ failFiles: paths.map((p) => path.join(root, ...p.split('/'))) });
    },
    measuresCopy: false,
  };
});

describe('FDT adapter: the client and its sessions', () => {
  let stateDir: string;
  let source: TierFixture;
  let target: TierFixture;
  beforeEach(async () => {
    stateDir = await newFolder(base);
    source = tierAt(await newFolder(base));
    target = tierAt(await newFolder(base));
  });

  async function treeRequest(count: number, size = 1000): Promise<TransferRequest> {
    const files: { path: string; sha256: string; size: number }[] = [];
    for (let i = 0; i < count; i++) {
      const content = Buffer.alloc(size, i);
      await source.write(`t/f${i}.bin`, content);
      files.push({ path: `f${i}.bin`, sha256: sha256Hex(content), size });
    }
    return {
      idempotencyKey: `fdt-${Math.random()}`,
      source: source.location('t'),
      target: target.location('t'),
      kind: 'tree',
      expected: checksumOf('tree', files),
    };
  }

  it('runs the client with the real arguments and connects to the server (one session per batch)', async () => {
    const argvLog = path.join(stateDir, 'argv.log');
    await setControl({ argvLog });
    const before = server.connections;
    const port = portOver(stateDir, { batchFiles: 3, streams: 8, limitBytesPerSecond: 50 * 1024 * 1024 });
    const done = await observeUntil(port, await port.begin(await treeRequest(7)));
    expect(done).toMatchObject({ state: 'Succeeded', filesTotal: 7, filesMoved: 7, bytesMoved: 7000 });
    expect(server.connections - before).toBe(3);
    const runs = (await fs.readFile(argvLog, 'utf8'))
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as string[]);
    expect(runs).toHaveLength(3);
    const targetDir = new URL(target.location('t').rootUri).pathname + '/t';
    expect(runs[0]).toEqual([
      '-c',
      server.host,
      '-p',
      String(server.port),
      '-P',
      '8',
      '-noupdates',
      '-limit',
      String(50 * 1024 * 1024),
      '-d',
      targetDir,
      '-fl',
      expect.stringMatching(/\.files$/),
    ]);
    expect(await target.list('t')).toHaveLength(7);
  });

  it('a client that hangs is killed after its idle timeout: TransferEndpointUnreachable', async () => {
    await setControl({ hang: true });
    const port = portOver(stateDir, { idleTimeoutMs: 800 });
    const done = await observeUntil(port, await port.begin(await treeRequest(1, 600_000)));
    expect(done).toMatchObject({ state: 'Failed', failure: { code: 'TransferEndpointUnreachable' } });
    expect(done.failure?.detail).toContain('no progress');
  });

  it('a client that dies with a non-zero exit fails the transfer with its reason', async () => {
    await setControl({ exitCode: 3 });
    const port = portOver(stateDir);
    const done = await observeUntil(port, await port.begin(await treeRequest(1)));
    expect(done).toMatchObject({ state: 'Failed', filesMoved: 0, failure: { code: 'TransferRejected' } });
    expect(done.failure?.detail).toContain('exited 3');
  });

  it('a missing client command is a clear failure, not a crash', async () => {
    const port = portOver(stateDir, { command: ['/nonexistent/java', '-jar', 'fdt.jar'] });
    const done = await observeUntil(port, await port.begin(await treeRequest(1)));
    expect(done).toMatchObject({ state: 'Failed', failure: { code: 'TransferRejected' } });
    expect(done.failure?.detail).toContain('could not be started');
  });

  it('without a server configured for the target tier, the transfer is refused', async () => {
    const request = await treeRequest(1);
    const port = portOver(stateDir, { serverFor: () => undefined });
    const done = await observeUntil(port, await port.begin(request));
    expect(done).toMatchObject({ state: 'Failed', failure: { code: 'TransferRejected' } });
    expect(done.failure?.detail).toContain(request.target.tierId);
  });

  /** Settles `work` or fails clearly after `ms`: a cancel or stop that never returns is the bug these cases hunt. */
  async function within<T>(ms: number, what: string, work: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} did not return within ${ms} ms`)), ms);
    });
    try {
      return await Promise.race([work, late]);
    } finally {
      clearTimeout(timer);
    }
  }

  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  // From before the client is spawned to the middle of its session (two files, one session): the moments a cancel or
  // stop can land between the loop's check and the spawn, or while the client's pid is being journalled. Each
  // moment is a bounded wait of its own; the test's budget is their sum on a loaded 2-core machine (a spawn of
  // the client costs seconds there).
  const moments = [0, 2, 8, 30, 100, 300];
  const momentsBudgetMs = 60_000;

  it(
    'cancel at any moment of a session returns promptly: Cancelled, no client left, no temp file',
    async () => {
      for (const delay of moments) {
        const port = portOver(stateDir, { limitBytesPerSecond: 1024 * 1024 });
        const request = await treeRequest(2, 250_000);
        const handle = await port.begin(request);
        await sleep(delay);
        await within(8_000, `cancel after ${delay} ms`, port.cancel(handle));
        const ended = await within(8_000, `observe after cancel at ${delay} ms`, port.observe(handle));
        expect({ delay, state: ended.state }).toEqual({ delay, state: 'Cancelled' });
        const journal = JSON.parse(await fs.readFile(path.join(stateDir, `${handle.id}.json`), 'utf8')) as {
          clientPid: number | null;
        };
        expect(journal.clientPid).toBeNull();
        const left = await target.list('t');
        expect(left.filter((name) => !/^f\d+\.bin$/.test(name))).toEqual([]);
        await fs.rm(new URL(target.location('t').rootUri).pathname + '/t', { recursive: true, force: true });
      }
    },
    momentsBudgetMs,
  );

  it(
    'stop at any moment of a session returns promptly, and a new instance resumes it to the end',
    async () => {
      for (const delay of moments) {
        const request = await treeRequest(2, 250_000);
        const crashing = portOver(stateDir, { limitBytesPerSecond: 1024 * 1024 });
        const handle = await crashing.begin(request);
        await sleep(delay);
        await within(8_000, `stop after ${delay} ms`, crashing.stop());
        const resumed = portOver(stateDir, { idleTimeoutMs: 8_000 });
        const done = await observeUntil(resumed, handle, (p) => isTerminal(p.state), 12_000);
        expect({ delay, state: done.state, files: done.filesMoved + done.filesSkipped }).toEqual({
          delay,
          state: 'Succeeded',
          files: 2,
        });
        expect((await target.list('t')).sort()).toEqual(['f0.bin', 'f1.bin']);
        await fs.rm(new URL(target.location('t').rootUri).pathname + '/t', { recursive: true, force: true });
      }
    },
    momentsBudgetMs,
  );
});
