import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { FileChecksumVerifier } from './file-checksum-verifier';

/** The reference sha256-tree, computed by the shell exactly as API.md defines it. */
function shellTree(dir: string): { value: string; byteSize: number } {
  const value = execFileSync(
    'bash',
    [
      '-c',
      `cd "$1" && find . -type f -printf '%P\\0' | LC_ALL=C sort -z | xargs -0 -r sha256sum -- | sha256sum | cut -d' ' -f1`,
      'tree',
      dir,
    ],
    { encoding: 'utf8' },
  ).trim();
  const byteSize = Number(
    execFileSync('bash', ['-c', `find "$1" -type f -printf '%s\\n' | awk '{s+=$1} END {print s+0}'`, 'size', dir], {
      encoding: 'utf8',
    }).trim(),
  );
  return { value, byteSize };
}

const shellSha256 = (file: string) => execFileSync('sha256sum', [file], { encoding: 'utf8' }).split(' ')[0];

describe('FileChecksumVerifier', () => {
  let tmp: string;
  let root: string;
  let outside: string;
  const verifier = new FileChecksumVerifier({ idleTimeoutMs: 2000, readBytes: 64 * 1024 });
  const target = (uri: string, algorithm: 'sha256' | 'sha256-tree' = 'sha256') => ({
    accessProtocol: 'file' as const,
    rootUri: `file://${root}`,
    uri,
    algorithm,
  });

  beforeAll(() => {
    tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'custody-file-verifier-')));
    root = path.join(tmp, 'tier');
    outside = path.join(tmp, 'outside');
    fs.mkdirSync(root);
    fs.mkdirSync(outside);
    // A file larger than several read buffers, not a multiple of the buffer size.
    const big = Buffer.alloc(64 * 1024 * 5 + 123);
    for (let i = 0; i < big.length; i++) big[i] = (i * 31 + 7) % 251;
    fs.writeFileSync(path.join(root, 'big.bin'), big);
    fs.writeFileSync(path.join(root, 'empty.bin'), '');
    fs.writeFileSync(path.join(outside, 'secret.txt'), 'not yours\n');
    // A run directory with nesting, names that sort differently bytewise than by tree walk, and an empty dir.
    const run = path.join(root, 'run-1');
    fs.mkdirSync(path.join(run, 'a', 'deep'), { recursive: true });
    fs.mkdirSync(path.join(run, 'a-b'));
    fs.mkdirSync(path.join(run, 'empty'));
    fs.writeFileSync(path.join(run, 'a', 'x.h5'), 'frame x\n');
    fs.writeFileSync(path.join(run, 'a', 'deep', 'y.h5'), 'frame y\n'.repeat(1000));
    fs.writeFileSync(path.join(run, 'a-b', 'z.txt'), 'z');
    fs.writeFileSync(path.join(run, 'B upper.txt'), 'B');
    fs.writeFileSync(path.join(run, 'é-utf8.txt'), 'accent');
    fs.writeFileSync(path.join(run, 'meta.json'), '{}');
    // A link inside the tree pointing inside the root is not followed and not listed (as find -type f).
    fs.symlinkSync(path.join(run, 'meta.json'), path.join(run, 'link-to-meta'));
  });

  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('measures a file as sha256 exactly as sha256sum does, across many reads', async () => {
    const m = await verifier.measure(target('big.bin'));
    expect(m).toEqual({
      kind: 'observed',
      source: 'server',
      observed: { algorithm: 'sha256', value: shellSha256(path.join(root, 'big.bin')), byteSize: 64 * 1024 * 5 + 123 },
      detail: null,
    });
    const empty = await verifier.measure(target('empty.bin'));
    expect(empty).toMatchObject({
      observed: { value: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', byteSize: 0 },
    });
  });

  it('measures a directory as sha256-tree, agreeing with the shell reference (find, sort bytewise, sha256sum)', async () => {
    const reference = shellTree(path.join(root, 'run-1'));
    const m = await verifier.measure(target(`file://${root}/run-1`, 'sha256-tree'));
    expect(m).toEqual({
      kind: 'observed',
      source: 'server',
      observed: { algorithm: 'sha256-tree', value: reference.value, byteSize: reference.byteSize },
      detail: null,
    });
    expect(reference.byteSize).toBe(8 + 8000 + 1 + 1 + 6 + 2);
  });

  it('hashes a tree in a thread or several files at a time, and still joins the lines in path order', async () => {
    const run = path.join(root, 'run-many');
    for (let i = 0; i < 40; i++) {
      const sub = path.join(run, `d${i % 3}`);
      fs.mkdirSync(sub, { recursive: true });
      // Sizes from empty to several read buffers, so the files finish in another order than they start.
      fs.writeFileSync(path.join(sub, `f${39 - i}.bin`), Buffer.alloc(((i * 7919) % 5) * 40 * 1024 + i, i));
    }
    const reference = shellTree(run);
    const options = { idleTimeoutMs: 2000, readBytes: 64 * 1024 };
    const inThread = await new FileChecksumVerifier({ ...options, treeHashing: 'thread' }).measure(
      target(`file://${run}`, 'sha256-tree'),
    );
    expect(inThread).toMatchObject({ observed: { value: reference.value, byteSize: reference.byteSize } });
    for (const parallelFiles of [1, 3]) {
      const onLoop = new FileChecksumVerifier({ ...options, treeHashing: 'event-loop', parallelFiles });
      expect(await onLoop.measure(target(`file://${run}`, 'sha256-tree'))).toEqual(inThread);
    }
  });

  it('shares a large tree among threads and still joins the lines in path order', async () => {
    const run = path.join(root, 'run-shared');
    for (let i = 0; i < 200; i++) {
      const sub = path.join(run, `d${i % 7}`);
      fs.mkdirSync(sub, { recursive: true });
      fs.writeFileSync(path.join(sub, `f${199 - i}.bin`), Buffer.alloc((i * 7919) % 3000, i));
    }
    const reference = shellTree(run);
    const options = { idleTimeoutMs: 2000, readBytes: 64 * 1024 };
    for (const treeThreads of [1, 2, 3]) {
      const m = await new FileChecksumVerifier({ ...options, treeThreads }).measure(
        target(`file://${run}`, 'sha256-tree'),
      );
      expect(m).toMatchObject({ observed: { value: reference.value, byteSize: reference.byteSize } });
    }
  });

  it('tells each file of a tree as it was hashed: size, mtime, ctime, inode and digest, in the tree rule’s order', async () => {
    const run = path.join(root, 'run-as-read');
    fs.mkdirSync(path.join(run, 'b'), { recursive: true });
    fs.writeFileSync(path.join(run, 'b', 'x'), 'xx');
    fs.writeFileSync(path.join(run, 'a'), 'a');
    fs.utimesSync(path.join(run, 'a'), new Date(2021, 0, 1), new Date(2021, 0, 1));
    const { measurement, files } = await verifier.measureTree(target(`file://${run}`, 'sha256-tree'));
    expect(measurement).toMatchObject({ observed: shellTree(run) });
    const stat = (rel: string) => fs.lstatSync(path.join(run, rel), { bigint: true });
    const asRead = (rel: string, size: number) => {
      const { mtimeNs, ctimeNs, ino } = stat(rel);
      const sha256 = createHash('sha256')
        .update(fs.readFileSync(path.join(run, rel)))
        .digest('hex');
      return { path: rel, size, mtimeNs, ctimeNs, ino, sha256 };
    };
    expect(files).toEqual([asRead('a', 1), asRead('b/x', 2)]);
    // On the event loop, or for a single file, it says nothing of the files (the caller lists them itself).
    const onLoop = new FileChecksumVerifier({ idleTimeoutMs: 2000, treeHashing: 'event-loop' });
    expect((await onLoop.measureTree(target(`file://${run}`, 'sha256-tree'))).files).toBeNull();
  });

  it('takes what an earlier hashing saw only for a file still the same, by size, mtime, ctime and inode', async () => {
    const run = path.join(root, 'run-known');
    fs.mkdirSync(run, { recursive: true });
    const longAgo = new Date(2021, 0, 1);
    for (const name of ['same', 'rewritten', 'replaced']) {
      fs.writeFileSync(path.join(run, name), `${name}-1`);
      fs.utimesSync(path.join(run, name), longAgo, longAgo);
    }
    const first = await verifier.measureTree(target(`file://${run}`, 'sha256-tree'));
    const known = new Map(first.files!.map(({ path: rel, ...file }) => [rel, file]));
    // A digest nobody could compute from the bytes: taken as it stands, the file was not read again.
    known.set('same', { ...known.get('same')!, sha256: 'f'.repeat(64) });
    // Same size and mtime, other bytes (mtime set back): only the ctime tells; a new inode under the old name too.
    await new Promise((resolve) => setTimeout(resolve, 20));
    fs.writeFileSync(path.join(run, 'rewritten'), 'REWRITTEN-1');
    fs.utimesSync(path.join(run, 'rewritten'), longAgo, longAgo);
    fs.writeFileSync(path.join(run, 'replaced.new'), 'replaced-2');
    fs.utimesSync(path.join(run, 'replaced.new'), longAgo, longAgo);
    fs.renameSync(path.join(run, 'replaced.new'), path.join(run, 'replaced'));
    const again = await verifier.measureTree(target(`file://${run}`, 'sha256-tree'), known);
    const byPath = new Map(again.files!.map((f) => [f.path, f.sha256]));
    const sha = (name: string) =>
      createHash('sha256')
        .update(fs.readFileSync(path.join(run, name)))
        .digest('hex');
    expect(byPath.get('same')).toBe('f'.repeat(64));
    expect(byPath.get('rewritten')).toBe(sha('rewritten'));
    expect(byPath.get('replaced')).toBe(sha('replaced'));
  });

  it('hashes ahead only the files of a run that settled, and takes what it knew of the rest', async () => {
    const run = path.join(root, 'run-settling');
    fs.mkdirSync(run, { recursive: true });
    fs.writeFileSync(path.join(run, 'old'), 'written an hour ago');
    const hourAgo = new Date(Date.now() - 3_600_000);
    fs.utimesSync(path.join(run, 'old'), hourAgo, hourAgo);
    fs.writeFileSync(path.join(run, 'fresh'), 'still being written');
    const settledBeforeNs = BigInt(Date.now() - 60_000) * 1_000_000n;
    const ahead = await verifier.hashSettledFiles(target(`file://${run}`, 'sha256-tree'), new Map(), settledBeforeNs);
    expect([...ahead!.keys()]).toEqual(['old']);
    expect(ahead!.get('old')!.sha256).toBe(createHash('sha256').update('written an hour ago').digest('hex'));
    // Measured with it, the tree is the tree: the settled file taken, the fresh one read.
    const { measurement } = await verifier.measureTree(target(`file://${run}`, 'sha256-tree'), ahead!);
    expect(measurement).toMatchObject({ observed: shellTree(run) });
    expect(await verifier.hashSettledFiles(target('file:///nowhere/at/all', 'sha256-tree'), new Map(), 0n)).toBeNull();
  });

  it('measures an empty directory as the sha256 of nothing', async () => {
    const m = await verifier.measure(target('run-1/empty', 'sha256-tree'));
    expect(m).toMatchObject({
      observed: { value: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', byteSize: 0 },
    });
  });

  it('says what it found when the kind differs from the checksum’s algorithm', async () => {
    expect(await verifier.measure(target('big.bin', 'sha256-tree'))).toMatchObject({
      kind: 'observed',
      observed: { algorithm: 'sha256' },
      detail: expect.stringContaining('regular file'),
    });
    expect(await verifier.measure(target('run-1', 'sha256'))).toMatchObject({
      kind: 'observed',
      observed: { algorithm: 'sha256-tree' },
      detail: expect.stringContaining('directory'),
    });
  });

  it('is Unreachable for a missing file, a missing root and a uri outside the root', async () => {
    expect(await verifier.measure(target('nope.bin'))).toEqual({
      kind: 'unreachable',
      detail: 'no such file or directory',
    });
    expect(
      await verifier.measure({
        ...target('x'),
        rootUri: `file://${tmp}/no-such-root`,
        uri: `file://${tmp}/no-such-root/x`,
      }),
    ).toMatchObject({ kind: 'unreachable', detail: expect.stringContaining('tier root') });
    expect(await verifier.measure(target('../outside/secret.txt'))).toMatchObject({ kind: 'unreachable' });
  });

  it('never reads through a symlink that resolves outside the tier root, for a file or anywhere inside a tree', async () => {
    fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(root, 'escape.txt'));
    const run = path.join(root, 'run-escape');
    fs.mkdirSync(path.join(run, 'sub'), { recursive: true });
    fs.writeFileSync(path.join(run, 'ok.txt'), 'fine');
    fs.symlinkSync(outside, path.join(run, 'sub', 'to-outside-dir'));
    const dangling = path.join(root, 'run-dangling');
    fs.mkdirSync(dangling);
    fs.symlinkSync('/nonexistent/elsewhere', path.join(dangling, 'gone'));
    const open = jest.spyOn(fs.promises, 'open');
    try {
      const file = await verifier.measure(target('escape.txt'));
      expect(file).toEqual({
        kind: 'unreachable',
        detail: 'the path resolves outside the tier root; it was not read',
      });
      const tree = await verifier.measure(target('run-escape', 'sha256-tree'));
      expect(tree).toEqual({
        kind: 'unreachable',
        detail: 'the link sub/to-outside-dir resolves outside the tier root; nothing was read',
      });
      expect(await verifier.measure(target('run-dangling', 'sha256-tree'))).toMatchObject({ kind: 'unreachable' });
      expect(open).not.toHaveBeenCalled();
      // The spy does see the verifier's reads:
      await verifier.measure(target('big.bin'));
      expect(open).toHaveBeenCalledTimes(1);
    } finally {
      open.mockRestore();
    }
  });

  it('follows a symlink that stays inside the tier root, and a tier root that is itself a link', async () => {
    fs.symlinkSync(path.join(root, 'big.bin'), path.join(root, 'alias.bin'));
    const m = await verifier.measure(target('alias.bin'));
    expect(m).toMatchObject({ kind: 'observed', observed: { value: shellSha256(path.join(root, 'big.bin')) } });
    const linkedRoot = path.join(tmp, 'tier-link');
    fs.symlinkSync(root, linkedRoot);
    const viaLink = await verifier.measure({
      accessProtocol: 'file',
      rootUri: `file://${linkedRoot}`,
      uri: `file://${linkedRoot}/big.bin`,
      algorithm: 'sha256',
    });
    expect(viaLink).toMatchObject({ kind: 'observed', observed: { value: shellSha256(path.join(root, 'big.bin')) } });
  });

  it('is Unreachable, not stuck, when a read makes no progress (a FIFO nobody writes to)', async () => {
    const fifo = path.join(root, 'stuck.fifo');
    execFileSync('mkfifo', [fifo]);
    const quick = new FileChecksumVerifier({ idleTimeoutMs: 200 });
    try {
      // A FIFO is neither a file nor a directory: refused before anything is opened.
      expect(await quick.measure(target('stuck.fifo'))).toEqual({
        kind: 'unreachable',
        detail: 'neither a regular file nor a directory',
      });
      // Reading it directly blocks in open() (no writer): the idle timeout ends the wait.
      const started = Date.now();
      await expect(quick.hashFile(fifo)).rejects.toThrow('no progress for 200 ms');
      expect(Date.now() - started).toBeLessThan(2000);
    } finally {
      // Release a pending open, if any, so no thread of the pool stays blocked.
      try {
        const fd = fs.openSync(fifo, fs.constants.O_WRONLY | fs.constants.O_NONBLOCK);
        fs.closeSync(fd);
      } catch {
        // nobody was waiting
      }
    }
  });
});
