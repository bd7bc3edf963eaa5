import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  BAD_IDS,
  awkwardBytes,
  describeArtifactBackend,
  failingStreamOf,
  newBlobId,
  readAll,
  streamOf,
} from '../backend/artifact-backend.behaviour';
import { BlobUnreadableError, FileArtifactBackend } from './file-artifact-backend';

const roots: string[] = [];
function freshRoot(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'custody-artifacts-'));
  roots.push(dir);
  return path.join(dir, 'artifacts');
}
afterAll(() => {
  for (const dir of roots) fs.rmSync(dir, { recursive: true, force: true });
});

/** Every entry below the root, relative, so a test can say exactly what the store holds. */
function entries(root: string): string[] {
  return (fs.readdirSync(root, { recursive: true }) as string[]).sort();
}

describeArtifactBackend('file', async () => ({ backend: (await FileArtifactBackend.open(freshRoot())).backend }));

describe('file artifact backend', () => {
  it('lays blobs out as <root>/<first two hex>/<id>, owner-only, and leaves no temp file behind', async () => {
    const root = freshRoot();
    const { backend } = await FileArtifactBackend.open(root);
    const id = newBlobId();
    const bytes = awkwardBytes();
    await backend.put(id, streamOf(bytes));
    expect(entries(root)).toEqual([id.slice(0, 2), path.join(id.slice(0, 2), id)]);
    const file = path.join(root, id.slice(0, 2), id);
    expect(fs.readFileSync(file)).toEqual(bytes);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  });

  it('removes its temp file when a put fails midway, and when a put is refused', async () => {
    const root = freshRoot();
    const { backend } = await FileArtifactBackend.open(root);
    const id = newBlobId();
    await expect(backend.put(id, failingStreamOf(Buffer.alloc(100_000)))).rejects.toThrow('the client went away');
    expect(entries(root)).toEqual([id.slice(0, 2)]);
    await backend.put(id, streamOf(Buffer.from('first')));
    await expect(backend.put(id, streamOf(Buffer.alloc(10_000)))).rejects.toMatchObject({
      code: 'ArtifactBlobExists',
    });
    expect(entries(root)).toEqual([id.slice(0, 2), path.join(id.slice(0, 2), id)]);
  });

  it.each(BAD_IDS.map((id) => [id]))('refuses %j without touching the filesystem', async (id) => {
    const root = freshRoot();
    const { backend } = await FileArtifactBackend.open(root);
    fs.rmSync(path.dirname(root), { recursive: true, force: true });
    const calls = ['open', 'lstat', 'stat', 'mkdir', 'link', 'unlink', 'rm', 'readdir'].map((name) =>
      jest.spyOn(fs.promises, name as 'open'),
    );
    const sync = ['openSync', 'lstatSync', 'statSync', 'existsSync'].map((name) => jest.spyOn(fs, name as 'openSync'));
    try {
      const bad = id as string;
      await expect(backend.put(bad, streamOf(Buffer.from('x')))).rejects.toMatchObject({ code: 'InvalidArtifactId' });
      await expect(backend.get(bad)).rejects.toMatchObject({ code: 'InvalidArtifactId' });
      await expect(backend.head(bad)).rejects.toMatchObject({ code: 'InvalidArtifactId' });
      await expect(backend.delete(bad)).rejects.toMatchObject({ code: 'InvalidArtifactId' });
      for (const spy of [...calls, ...sync]) expect(spy).not.toHaveBeenCalled();
      // The spies do see the filesystem calls of a well-formed id.
      await expect(backend.head(newBlobId())).resolves.toBeNull();
      expect(calls.some((spy) => spy.mock.calls.length > 0)).toBe(true);
    } finally {
      for (const spy of [...calls, ...sync]) spy.mockRestore();
    }
    expect(fs.existsSync(path.dirname(root))).toBe(false);
  });

  it('never follows a symlink planted at an id’s path', async () => {
    const root = freshRoot();
    const { backend } = await FileArtifactBackend.open(root);
    const secret = path.join(path.dirname(root), 'secret');
    fs.writeFileSync(secret, 'not an artifact');
    const id = newBlobId();
    fs.mkdirSync(path.join(root, id.slice(0, 2)));
    fs.symlinkSync(secret, path.join(root, id.slice(0, 2), id));

    await expect(backend.get(id)).rejects.toBeInstanceOf(BlobUnreadableError);
    await expect(backend.head(id)).rejects.toBeInstanceOf(BlobUnreadableError);
    await expect(backend.put(id, streamOf(Buffer.from('overwrite?')))).rejects.toMatchObject({
      code: 'ArtifactBlobExists',
    });
    expect(fs.readFileSync(secret, 'utf8')).toBe('not an artifact');
    // Deleting removes the planted link itself, never its target.
    await expect(backend.delete(id)).resolves.toBe(true);
    expect(fs.readFileSync(secret, 'utf8')).toBe('not an artifact');
  });

  it('never follows a symlink planted as a shard directory', async () => {
    const root = freshRoot();
    const { backend } = await FileArtifactBackend.open(root);
    const elsewhere = path.join(path.dirname(root), 'elsewhere');
    fs.mkdirSync(elsewhere);
    const id = newBlobId();
    fs.writeFileSync(path.join(elsewhere, id), 'planted');
    fs.symlinkSync(elsewhere, path.join(root, id.slice(0, 2)));
    await expect(backend.get(id)).rejects.toBeInstanceOf(BlobUnreadableError);
    await expect(backend.head(id)).rejects.toBeInstanceOf(BlobUnreadableError);
    await expect(backend.put(id, streamOf(Buffer.from('x')))).rejects.toBeInstanceOf(BlobUnreadableError);
    expect(fs.readdirSync(elsewhere)).toEqual([id]);
  });

  it('reads only regular files (a FIFO or a directory at an id’s path is refused, without blocking)', async () => {
    const root = freshRoot();
    const { backend } = await FileArtifactBackend.open(root);
    const fifo = newBlobId();
    fs.mkdirSync(path.join(root, fifo.slice(0, 2)), { recursive: true });
    execFileSync('mkfifo', [path.join(root, fifo.slice(0, 2), fifo)]);
    await expect(backend.get(fifo)).rejects.toBeInstanceOf(BlobUnreadableError);
    await expect(backend.head(fifo)).rejects.toBeInstanceOf(BlobUnreadableError);
    const dir = newBlobId();
    fs.mkdirSync(path.join(root, dir.slice(0, 2), dir), { recursive: true });
    await expect(backend.get(dir)).rejects.toBeInstanceOf(BlobUnreadableError);
  });

  it('removes at start the temp files of writers that are gone, and only those', async () => {
    const root = freshRoot();
    const { backend } = await FileArtifactBackend.open(root);
    const id = newBlobId();
    await backend.put(id, streamOf(Buffer.from('kept')));
    const shard = path.join(root, id.slice(0, 2));
    // A writer that ran and exited, with its real pid and start time.
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 10000)']);
    await new Promise((resolve) => child.once('spawn', resolve));
    const stat = fs.readFileSync(`/proc/${child.pid}/stat`, 'utf8');
    const deadTag = `${child.pid}.${stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]}`;
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    const selfStat = fs.readFileSync('/proc/self/stat', 'utf8');
    const liveTag = `${process.pid}.${selfStat.slice(selfStat.lastIndexOf(')') + 2).split(' ')[19]}`;
    const reusedPidTag = `${process.pid}.1`;
    const planted = {
      dead: path.join(shard, `.tmp-${deadTag}-00112233aabbccdd`),
      deadInRoot: path.join(root, `.tmp-4194999.77-00112233aabbccdd`),
      reusedPid: path.join(shard, `.tmp-${reusedPidTag}-00112233aabbccdd`),
      malformed: path.join(shard, `.tmp-garbage`),
      live: path.join(shard, `.tmp-${liveTag}-00112233aabbccdd`),
    };
    for (const file of Object.values(planted)) fs.writeFileSync(file, 'half a deposit');

    const reopened = await FileArtifactBackend.open(root);
    expect(reopened.removedTempFiles).toBe(4);
    expect(entries(root)).toEqual(
      [id.slice(0, 2), path.join(id.slice(0, 2), path.basename(planted.live)), path.join(id.slice(0, 2), id)].sort(),
    );
    expect(await readAll(await reopened.backend.get(id))).toEqual(Buffer.from('kept'));
  });
});
