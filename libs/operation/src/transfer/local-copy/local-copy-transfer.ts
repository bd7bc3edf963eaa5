import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { constants as fsConstants, createReadStream } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  TransferChecksum,
  TransferFailureCode,
  TransferHandle,
  TransferPort,
  TransferProgress,
  TransferRequest,
  TransferState,
} from '../transfer.port';

const CHUNK = 4 * 1024 * 1024;
const PARALLEL_FILES = 8;
const RENAME_BATCH = 64;

interface FileTask {
  readonly relative: string;
  readonly size: number;
}

class CancelledError extends Error {}
class TransferFailure extends Error {
  constructor(
    readonly code: TransferFailureCode,
    message: string,
  ) {
    super(message);
  }
}

/** One running (or finished) copy in this process. */
class LocalCopy {
  state: TransferState = 'Active';
  bytesMoved = 0;
  bytesTotal: number | null = null;
  filesTotal: number | null = null;
  filesMoved = 0;
  filesSkipped = 0;
  filesFailed = 0;
  observed: TransferChecksum | null = null;
  failure: { code: TransferFailureCode; detail: string } | null = null;
  cancelled = false;
  readonly madeDirs = new Set<string>();
  readonly startedAt = Date.now();
  finishedAt: number | null = null;
}

function rootPathOf(rootUri: string): string {
  return fileURLToPath(rootUri.endsWith('/') ? rootUri : `${rootUri}/`);
}

function inside(root: string, relative: string): string {
  const full = path.resolve(root, ...relative.split('/'));
  if (full !== root && !full.startsWith(root.endsWith(path.sep) ? root : root + path.sep)) {
    throw new TransferFailure('TransferRejected', `${relative} is not under ${root}`);
  }
  return full;
}

/** Temp names carry a digest of the transfer key, so a resumed copy finds (and removes) its own leftovers. */
function tempNameOf(target: string, key: string): string {
  const tag = createHash('sha256').update(key).digest('hex').slice(0, 12);
  return path.join(path.dirname(target), `.${path.basename(target)}.custody-${tag}.part`);
}

async function hashFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file, { highWaterMark: CHUNK })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * The local copy adapter (file tier to file tier on one host). Small files are read once, hashed and written;
 * large ones are copied by the kernel while the same bytes are hashed from the page cache.
 * Each file goes to a temp name (files in parallel); one syncfs makes them durable, then they are renamed into
 * place and synced again. State lives in this process: a handle from an earlier (killed) process resumes the copy, skipping
 * files already complete at the target with the same bytes and removing its own temp files. Symlinks are never
 * followed; a different file already at the target is refused, never overwritten.
 */
export class LocalCopyTransferPort implements TransferPort {
  readonly name = 'local';
  private readonly copies = new Map<string, LocalCopy>();

  async begin(request: TransferRequest): Promise<TransferHandle> {
    if (request.source.accessProtocol !== 'file' || request.target.accessProtocol !== 'file') {
      throw new TransferFailure('TransferRejected', 'the local adapter copies between file tiers only');
    }
    const handle: TransferHandle = { adapter: this.name, id: request.idempotencyKey, request };
    this.ensureRunning(handle);
    return handle;
  }

  async observe(handle: TransferHandle): Promise<TransferProgress> {
    const copy = this.ensureRunning(handle);
    const seconds = ((copy.finishedAt ?? Date.now()) - copy.startedAt) / 1000;
    return {
      state: copy.state,
      bytesMoved: copy.bytesMoved,
      bytesTotal: copy.bytesTotal,
      filesTotal: copy.filesTotal,
      filesMoved: copy.filesMoved,
      filesSkipped: copy.filesSkipped,
      filesFailed: copy.filesFailed,
      partial: copy.state === 'Failed' && copy.filesMoved > 0 && copy.filesFailed > 0,
      bytesPerSecond: seconds > 0 ? Math.round(copy.bytesMoved / seconds) : null,
      observed: copy.observed,
      failure: copy.failure,
    };
  }

  async cancel(handle: TransferHandle): Promise<void> {
    const copy = this.copies.get(handle.id);
    if (!copy) {
      const cancelled = new LocalCopy();
      cancelled.state = 'Cancelled';
      cancelled.cancelled = true;
      cancelled.finishedAt = Date.now();
      this.copies.set(handle.id, cancelled);
      return;
    }
    if (copy.state === 'Active' || copy.state === 'Pending') copy.cancelled = true;
  }

  private ensureRunning(handle: TransferHandle): LocalCopy {
    const known = this.copies.get(handle.id);
    if (known) return known;
    const copy = new LocalCopy();
    this.copies.set(handle.id, copy);
    void this.run(handle.request, copy);
    return copy;
  }

  private async run(request: TransferRequest, copy: LocalCopy): Promise<void> {
    try {
      const sourceRoot = rootPathOf(request.source.rootUri);
      const targetRoot = rootPathOf(request.target.rootUri);
      const source = inside(sourceRoot, request.source.path);
      const target = inside(targetRoot, request.target.path);
      const files = await this.listFiles(source, request.kind);
      copy.filesTotal = files.length;
      copy.bytesTotal = files.reduce((sum, f) => sum + f.size, 0);
      const digests = new Map<string, string>();
      const queue = [...files];
      const written: { temp: string; to: string }[] = [];
      const worker = async (): Promise<void> => {
        for (let next = queue.shift(); next; next = queue.shift()) {
          const from = request.kind === 'file' ? source : path.join(source, ...next.relative.split('/'));
          const to = request.kind === 'file' ? target : path.join(target, ...next.relative.split('/'));
          const result = await this.copyFile(from, to, next.size, request.idempotencyKey, copy);
          digests.set(next.relative, result.digest);
          if (result.temp) written.push({ temp: result.temp, to });
        }
      };
      await Promise.all(Array.from({ length: Math.min(PARALLEL_FILES, Math.max(files.length, 1)) }, worker));
      // Durable before visible: one syncfs makes every temp file's bytes durable, then the renames put them in
      // place, and a second syncfs makes the renames durable. Two flushes for the whole copy, not one per file.
      if (written.length > 0) {
        await syncFileSystem(targetRoot);
        for (let i = 0; i < written.length; i += RENAME_BATCH) {
          if (copy.cancelled) throw new CancelledError();
          await Promise.all(written.slice(i, i + RENAME_BATCH).map(({ temp, to }) => fs.rename(temp, to)));
        }
        await syncFileSystem(targetRoot);
      }
      copy.observed =
        request.kind === 'file'
          ? { algorithm: 'sha256', value: digests.get(files[0].relative) as string, byteSize: copy.bytesTotal }
          : { algorithm: 'sha256-tree', value: treeDigest(digests), byteSize: copy.bytesTotal };
      copy.state = 'Succeeded';
    } catch (error) {
      if (error instanceof CancelledError || copy.cancelled) copy.state = 'Cancelled';
      else {
        copy.state = 'Failed';
        copy.failure =
          error instanceof TransferFailure
            ? { code: error.code, detail: error.message }
            : { code: 'TransferEndpointUnreachable', detail: (error as Error).message };
      }
    } finally {
      copy.finishedAt = Date.now();
    }
  }

  private async listFiles(source: string, kind: 'file' | 'tree'): Promise<FileTask[]> {
    const stat = await fs.lstat(source).catch(() => null);
    if (!stat) throw new TransferFailure('TransferRejected', `${source} does not exist`);
    if (kind === 'file') {
      if (!stat.isFile()) throw new TransferFailure('TransferRejected', `${source} is not a regular file`);
      return [{ relative: path.basename(source), size: stat.size }];
    }
    if (!stat.isDirectory()) throw new TransferFailure('TransferRejected', `${source} is not a directory`);
    const files: FileTask[] = [];
    const walk = async (dir: string, prefix: string): Promise<void> => {
      for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
        const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
        // Symlinks are not followed: nothing outside the source tier is read.
        if (entry.isDirectory()) await walk(path.join(dir, entry.name), relative);
        else if (entry.isFile()) files.push({ relative, size: (await fs.lstat(path.join(dir, entry.name))).size });
      }
    };
    await walk(source, '');
    return files;
  }

  /**
   * Copies one file to its temp name (or skips it when the target already holds the same bytes); returns its
   * sha256 and the temp file to rename once the bytes are durable.
   */
  private async copyFile(
    from: string,
    to: string,
    size: number,
    key: string,
    copy: LocalCopy,
  ): Promise<{ digest: string; temp: string | null }> {
    if (copy.cancelled) throw new CancelledError();
    const dir = path.dirname(to);
    if (!copy.madeDirs.has(dir)) {
      await fs.mkdir(dir, { recursive: true });
      copy.madeDirs.add(dir);
    }
    // The temp name is this transfer's own: a leftover of an interrupted attempt is simply overwritten.
    const temp = tempNameOf(to, key);
    const existing = await fs.lstat(to).catch(() => null);
    if (existing) {
      const [sourceDigest, targetDigest] = await Promise.all([hashFile(from), existing.isFile() ? hashFile(to) : '']);
      if (existing.isFile() && existing.size === size && sourceDigest === targetDigest) {
        await fs.rm(temp, { force: true });
        copy.filesSkipped += 1;
        copy.bytesMoved += size;
        return { digest: sourceDigest, temp: null };
      }
      copy.filesFailed += 1;
      throw new TransferFailure('TransferRejected', `${to} exists with other content; it is not overwritten`);
    }
    const hash = createHash('sha256');
    try {
      if (size <= CHUNK) {
        // Small files: one read, one write (the stream machinery costs more than the bytes).
        const bytes = await fs.readFile(from);
        hash.update(bytes);
        await fs.writeFile(temp, bytes, { mode: 0o644 });
        copy.bytesMoved += bytes.length;
      } else {
        // Large files: the kernel copies (copy_file_range, or a reflink where the file system shares extents)
        // while this thread hashes the same bytes from the page cache, so the two overlap.
        const hashing = (async () => {
          for await (const chunk of createReadStream(from, { highWaterMark: CHUNK })) {
            if (copy.cancelled) throw new CancelledError();
            hash.update(chunk as Buffer);
            copy.bytesMoved += (chunk as Buffer).length;
          }
        })();
        const copying = fs.copyFile(from, temp, fsConstants.COPYFILE_FICLONE);
        // Both settle before anything else touches the temp file (a cancel waits for the kernel copy to end).
        const [hashed, copied] = await Promise.allSettled([hashing, copying]);
        if (hashed.status === 'rejected') throw hashed.reason;
        if (copied.status === 'rejected') throw copied.reason;
        const landed = await fs.stat(temp);
        if (landed.size !== size) {
          throw new TransferFailure('TargetCopyMismatch', `${to}: ${landed.size} bytes landed, ${size} expected`);
        }
      }
    } catch (error) {
      await fs.rm(temp, { force: true });
      throw error;
    }
    copy.filesMoved += 1;
    return { digest: hash.digest('hex'), temp };
  }
}

/** syncfs(2) of the file system holding `dir` (coreutils `sync -f`): every dirty page of it reaches the disk. */
function syncFileSystem(dir: string): Promise<void> {
  return new Promise((resolve, reject) =>
    execFile('sync', ['-f', dir], (error) =>
      error
        ? reject(new TransferFailure('TransferEndpointUnreachable', `sync -f ${dir}: ${error.message}`))
        : resolve(),
    ),
  );
}

/** sha256-tree: `<sha256>  <relative path>\n` per file, sorted by path bytewise, hashed. */
export function treeDigest(digests: ReadonlyMap<string, string>): string {
  const paths = [...digests.keys()].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  const hash = createHash('sha256');
  for (const p of paths) hash.update(`${digests.get(p)}  ${p}\n`);
  return hash.digest('hex');
}
