import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { TERMINAL_TRANSFER_STATES, TransferPort, TransferProgress, TransferRequest } from '../transfer.port';
import { LocalCopyTransferPort, treeDigest } from './local-copy-transfer';

jest.setTimeout(60_000);

const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

async function untilDone(
  port: TransferPort,
  handle: Awaited<ReturnType<TransferPort['begin']>>,
): Promise<TransferProgress> {
  for (;;) {
    const progress = await port.observe(handle);
    if (TERMINAL_TRANSFER_STATES.includes(progress.state)) return progress;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('local copy TransferPort, on real files', () => {
  let tmp: string;
  let source: string;
  let target: string;
  const location = (root: string, p: string) => ({
    tierId: root,
    accessProtocol: 'file' as const,
    rootUri: `file://${root}`,
    path: p,
  });
  const request = (
    p: string,
    kind: 'file' | 'tree',
    expected: TransferRequest['expected'],
    key = p,
  ): TransferRequest => ({
    idempotencyKey: `test:${key}`,
    source: location(source, p),
    target: location(target, p),
    kind,
    expected,
  });

  beforeEach(() => {
    tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'custody-local-copy-')));
    source = path.join(tmp, 'source');
    target = path.join(tmp, 'target');
    fs.mkdirSync(source);
    fs.mkdirSync(target);
  });
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('copies a large file, hashing it on the way; no temp file is left', async () => {
    const bytes = Buffer.alloc(9 * 1024 * 1024 + 17, 7);
    fs.mkdirSync(path.join(source, 'run'));
    fs.writeFileSync(path.join(source, 'run/a.h5'), bytes);
    const port = new LocalCopyTransferPort();
    const expected = { algorithm: 'sha256' as const, value: sha256(bytes), byteSize: bytes.length };
    const done = await untilDone(port, await port.begin(request('run/a.h5', 'file', expected)));
    expect(done).toMatchObject({ state: 'Succeeded', filesMoved: 1, bytesMoved: bytes.length, observed: expected });
    expect(fs.readFileSync(path.join(target, 'run/a.h5')).equals(bytes)).toBe(true);
    expect(fs.readdirSync(path.join(target, 'run'))).toEqual(['a.h5']);
  });

  it('copies a tree with its sha256-tree, never follows a symlink, and a new process resumes by skipping what is there', async () => {
    const tree = path.join(source, 'run-2');
    fs.mkdirSync(path.join(tree, 'sub'), { recursive: true });
    fs.writeFileSync(path.join(tree, 'a.bin'), 'alpha');
    fs.writeFileSync(path.join(tree, 'sub/b.bin'), 'beta');
    fs.writeFileSync(path.join(tmp, 'secret'), 'outside');
    fs.symlinkSync(path.join(tmp, 'secret'), path.join(tree, 'link'));
    const digest = treeDigest(
      new Map([
        ['a.bin', sha256('alpha')],
        ['sub/b.bin', sha256('beta')],
      ]),
    );
    const expected = { algorithm: 'sha256-tree' as const, value: digest, byteSize: 9 };
    const first = new LocalCopyTransferPort();
    const handle = await first.begin(request('run-2', 'tree', expected));
    expect(await untilDone(first, handle)).toMatchObject({ state: 'Succeeded', filesMoved: 2, observed: expected });
    expect(fs.existsSync(path.join(target, 'run-2/link'))).toBe(false);
    // Another process (a restarted worker) observing the same handle resumes: everything is there already.
    const second = new LocalCopyTransferPort();
    expect(await untilDone(second, handle)).toMatchObject({ state: 'Succeeded', filesMoved: 0, filesSkipped: 2 });
  });

  it('refuses to overwrite a different file at the target', async () => {
    fs.writeFileSync(path.join(source, 'c.bin'), 'ours');
    fs.writeFileSync(path.join(target, 'c.bin'), 'theirs');
    const port = new LocalCopyTransferPort();
    const expected = { algorithm: 'sha256' as const, value: sha256('ours'), byteSize: 4 };
    const done = await untilDone(port, await port.begin(request('c.bin', 'file', expected)));
    expect(done).toMatchObject({ state: 'Failed', failure: { code: 'TransferRejected' } });
    expect(fs.readFileSync(path.join(target, 'c.bin'), 'utf8')).toBe('theirs');
  });

  it('cancel stops it mid-file, removes its temp file, and stays Cancelled', async () => {
    const bytes = Buffer.alloc(128 * 1024 * 1024, 1);
    fs.writeFileSync(path.join(source, 'big.bin'), bytes);
    const port = new LocalCopyTransferPort();
    const expected = { algorithm: 'sha256' as const, value: sha256(bytes), byteSize: bytes.length };
    const handle = await port.begin(request('big.bin', 'file', expected));
    while ((await port.observe(handle)).bytesMoved === 0) await new Promise((resolve) => setTimeout(resolve, 1));
    await port.cancel(handle);
    const done = await untilDone(port, handle);
    expect(done.state).toBe('Cancelled');
    expect(done.bytesMoved).toBeLessThan(bytes.length);
    await port.cancel(handle);
    expect((await port.observe(handle)).state).toBe('Cancelled');
    expect(fs.readdirSync(target)).toEqual([]);
  });
});
