import { randomBytes } from 'node:crypto';
import { constants, promises as fsp, readFileSync } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import {
  ArtifactBackend,
  ByteRange,
  StoredBlob,
  assertBlobId,
  assertRange,
  blobExists,
  blobNotFound,
} from '../backend/artifact-backend';

const TEMP_PREFIX = '.tmp-';
/** Bytes gathered before one write; one batch is written while the next is gathered. */
const WRITE_BATCH_BYTES = 4 * 1024 * 1024;
/** Writeback starts during the transfer: a datasync beside the writes after this many new bytes. */
const SYNC_EVERY_BYTES = 32 * 1024 * 1024;
const READ_CHUNK_BYTES = 1024 * 1024;
/** Positioned reads a fetch keeps in flight. */
const READS_AHEAD = 4;
const SHARD = /^[0-9a-f]{2}$/;

/** Something other than a regular file (a symlink, a directory, a FIFO) sits where a blob should be. */
export class BlobUnreadableError extends Error {
  constructor(what: string, reason: string) {
    super(`Refusing to read ${what}: ${reason}.`);
    this.name = 'BlobUnreadableError';
  }
}

function errno(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

async function lstatOrNull(file: string) {
  try {
    return await fsp.lstat(file);
  } catch (error) {
    if (errno(error) === 'ENOENT') return null;
    throw error;
  }
}

async function fsyncDirectory(dir: string): Promise<void> {
  const handle = await fsp.open(dir, constants.O_RDONLY | constants.O_DIRECTORY);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** `<pid>.<start time in clock ticks>`: names this process so that a later sweep can tell whether it still runs. */
function processTag(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 22 (starttime); fields after the parenthesised command name start at field 3.
    const start = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
    return start ? `${pid}.${start}` : null;
  } catch {
    return null;
  }
}

function writerIsAlive(tag: string): boolean {
  const [pidText, start] = tag.split('.');
  const pid = Number(pidText);
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  if (start !== '0') return processTag(pid) === tag;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errno(error) === 'EPERM';
  }
}

/** Writes every buffer, in order, with as few system calls as the kernel allows (writev, resumed after a short write). */
async function writeAll(handle: FileHandle, buffers: Buffer[]): Promise<void> {
  let pending = buffers;
  while (pending.length > 0) {
    let { bytesWritten } = await handle.writev(pending.slice(0, 512));
    const rest: Buffer[] = [];
    for (const buffer of pending) {
      if (bytesWritten >= buffer.length) bytesWritten -= buffer.length;
      else {
        rest.push(bytesWritten > 0 ? buffer.subarray(bytesWritten) : buffer);
        bytesWritten = 0;
      }
    }
    pending = rest;
  }
}

/**
 * Reads `[start, end)` of an open blob with several positioned reads in flight (a deeper disk queue than one
 * read at a time), emitting the chunks in order. Closes the handle when done or destroyed.
 */
class BlobReader extends Readable {
  private position: number;
  private readonly reads: Promise<Buffer>[] = [];
  private pumping = false;

  constructor(
    private readonly handle: FileHandle,
    start: number,
    private readonly end: number,
  ) {
    super({ highWaterMark: READ_CHUNK_BYTES });
    this.position = start;
  }

  private readChunk(at: number, length: number): Promise<Buffer> {
    const read = (async () => {
      const buffer = Buffer.allocUnsafe(length);
      for (let filled = 0; filled < length;) {
        const { bytesRead } = await this.handle.read(buffer, filled, length - filled, at + filled);
        if (bytesRead === 0) throw new Error('The blob ended before its recorded size.');
        filled += bytesRead;
      }
      return buffer;
    })();
    read.catch(() => undefined); // awaited in order by pump(), or settled in _destroy()
    return read;
  }

  override _read(): void {
    if (this.pumping) return;
    this.pumping = true;
    void this.pump();
  }

  private async pump(): Promise<void> {
    try {
      for (;;) {
        while (this.reads.length < READS_AHEAD && this.position < this.end) {
          const length = Math.min(READ_CHUNK_BYTES, this.end - this.position);
          this.reads.push(this.readChunk(this.position, length));
          this.position += length;
        }
        const next = this.reads[0];
        if (!next) {
          this.push(null);
          return;
        }
        const buffer = await next;
        this.reads.shift();
        if (this.destroyed) return;
        if (!this.push(buffer)) return;
      }
    } catch (error) {
      this.destroy(error as Error);
    } finally {
      this.pumping = false;
    }
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    void Promise.allSettled(this.reads)
      .then(() => this.handle.close())
      .then(
        () => callback(error),
        (closeError: Error) => callback(error ?? closeError),
      );
  }
}

/**
 * Writes the stream in large batches, one batch on its way to the disk while the next one fills. Every
 * SYNC_EVERY_BYTES a `fdatasync` starts beside the writes (never holding them up; at most one at a time), so
 * the disk is busy while the bytes arrive and the final fsync has little left to do.
 */
async function copyInto(handle: FileHandle, source: Readable): Promise<number> {
  let size = 0;
  let batch: Buffer[] = [];
  let batchBytes = 0;
  let writing: Promise<void> = Promise.resolve();
  let syncing: Promise<void> | undefined;
  let syncFailure: unknown;
  let unsynced = 0;
  const startSync = (): void => {
    unsynced = 0;
    syncing = handle.datasync().then(
      () => {
        syncing = undefined;
      },
      (error: unknown) => {
        syncing = undefined;
        syncFailure ??= error;
      },
    );
  };
  const flush = (): void => {
    const buffers = batch;
    const bytes = batchBytes;
    batch = [];
    batchBytes = 0;
    writing = writing
      .then(() => writeAll(handle, buffers))
      .then(() => {
        unsynced += bytes;
        if (unsynced >= SYNC_EVERY_BYTES && !syncing) startSync();
      });
    writing.catch(() => undefined); // observed below; never an unhandled rejection meanwhile
  };
  try {
    for await (const chunk of source) {
      const buffer: Buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
      batch.push(buffer);
      batchBytes += buffer.length;
      size += buffer.length;
      if (batchBytes >= WRITE_BATCH_BYTES) {
        await writing;
        if (syncFailure) throw syncFailure;
        flush();
      }
    }
    if (batchBytes > 0) flush();
    await writing;
    await syncing;
    if (syncFailure) throw syncFailure;
    return size;
  } catch (error) {
    await writing.catch(() => undefined);
    await syncing;
    throw error;
  }
}

/**
 * Durable files under one root, sharded by the id's first two hex digits (`<root>/ab/ab12…`). A put writes a
 * unique temp file beside the final name, fsyncs it, hard-links it to the final name (link fails if the name
 * exists, so nothing is overwritten, even by a concurrent put), fsyncs the directory and removes the temp
 * name. A crash leaves at worst a temp file, removed at the next start (when its writer is gone), or a
 * complete blob nobody recorded yet. Reads never follow symlinks and accept only regular files.
 *
 * Needs a filesystem with hard links (ext4, xfs, btrfs, zfs, NFS). The sweep tells a dead writer from a live
 * one by pid and process start time, so the API and the worker may share a root on one host.
 */
export class FileArtifactBackend implements ArtifactBackend {
  readonly kind = 'file';
  private readonly tag: string;

  private constructor(readonly root: string) {
    this.tag = processTag(process.pid) ?? `${process.pid}.0`;
  }

  /** Opens (creating) the root and removes temp files whose writer is no longer running. */
  static async open(root: string): Promise<{ backend: FileArtifactBackend; removedTempFiles: number }> {
    await fsp.mkdir(root, { recursive: true, mode: 0o700 });
    const backend = new FileArtifactBackend(path.resolve(root));
    const removedTempFiles = await backend.removeAbandonedTempFiles();
    return { backend, removedTempFiles };
  }

  /** Temp files of writers that are gone (crashed or killed mid-put). */
  async removeAbandonedTempFiles(): Promise<number> {
    let removed = 0;
    const sweep = async (dir: string): Promise<void> => {
      let touched = false;
      for (const entry of await fsp.readdir(dir, { withFileTypes: true })) {
        if (!entry.isFile() || !entry.name.startsWith(TEMP_PREFIX)) continue;
        const tag = entry.name.slice(TEMP_PREFIX.length).split('-')[0];
        if (writerIsAlive(tag)) continue;
        await fsp.rm(path.join(dir, entry.name), { force: true });
        touched = true;
        removed += 1;
      }
      if (touched) await fsyncDirectory(dir);
    };
    await sweep(this.root);
    for (const entry of await fsp.readdir(this.root, { withFileTypes: true })) {
      if (entry.isDirectory() && SHARD.test(entry.name)) await sweep(path.join(this.root, entry.name));
    }
    return removed;
  }

  async put(id: string, source: Readable): Promise<StoredBlob> {
    let temp: string | undefined;
    try {
      assertBlobId(id);
      const dir = await this.shard(id, true);
      const final = path.join(dir, id);
      // A cheap early refusal; the link below is what actually guarantees it.
      if (await lstatOrNull(final)) throw blobExists(id);
      temp = path.join(dir, `${TEMP_PREFIX}${this.tag}-${randomBytes(8).toString('hex')}`);
      const handle = await fsp.open(
        temp,
        constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW,
        0o600,
      );
      let sizeBytes: number;
      try {
        sizeBytes = await copyInto(handle, source);
        await handle.sync();
      } finally {
        await handle.close();
      }
      try {
        await fsp.link(temp, final);
      } catch (error) {
        if (errno(error) === 'EEXIST') throw blobExists(id);
        throw error;
      }
      await fsyncDirectory(dir);
      return { sizeBytes };
    } catch (error) {
      source.destroy();
      throw error;
    } finally {
      // After the link the bytes have their final name; before it, nothing of this put remains.
      if (temp) await fsp.rm(temp, { force: true }).catch(() => undefined);
    }
  }

  async get(id: string, range?: ByteRange): Promise<Readable> {
    assertBlobId(id);
    const handle = await this.openBlob(id);
    try {
      const stat = await handle.stat();
      if (!stat.isFile()) throw new BlobUnreadableError(id, 'not a regular file');
      assertRange(range, stat.size);
      return new BlobReader(handle, range?.start ?? 0, range ? range.end + 1 : stat.size);
    } catch (error) {
      await handle.close().catch(() => undefined);
      throw error;
    }
  }

  async head(id: string): Promise<StoredBlob | null> {
    assertBlobId(id);
    const dir = await this.shard(id, false);
    if (!dir) return null;
    const stat = await lstatOrNull(path.join(dir, id));
    if (!stat) return null;
    if (stat.isSymbolicLink()) throw new BlobUnreadableError(id, 'it is a symbolic link');
    if (!stat.isFile()) throw new BlobUnreadableError(id, 'not a regular file');
    return { sizeBytes: stat.size };
  }

  async delete(id: string): Promise<boolean> {
    assertBlobId(id);
    const dir = await this.shard(id, false);
    if (!dir) return false;
    try {
      await fsp.unlink(path.join(dir, id));
    } catch (error) {
      if (errno(error) === 'ENOENT') return false;
      throw error;
    }
    await fsyncDirectory(dir);
    return true;
  }

  /** Opens a blob for reading without following a symlink (O_NOFOLLOW) and without blocking on a FIFO. */
  private async openBlob(id: string): Promise<FileHandle> {
    const dir = await this.shard(id, false);
    if (!dir) throw blobNotFound(id);
    try {
      return await fsp.open(path.join(dir, id), constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    } catch (error) {
      if (errno(error) === 'ENOENT') throw blobNotFound(id);
      if (errno(error) === 'ELOOP') throw new BlobUnreadableError(id, 'it is a symbolic link');
      throw error;
    }
  }

  /**
   * The shard directory of an id: a real directory (a symlink there is refused), created and made durable on
   * the first put into it; null when it does not exist and `create` is false.
   */
  private async shard(id: string, create: true): Promise<string>;
  private async shard(id: string, create: false): Promise<string | null>;
  private async shard(id: string, create: boolean): Promise<string | null> {
    const dir = path.join(this.root, id.slice(0, 2));
    const stat = await lstatOrNull(dir);
    if (stat) {
      if (stat.isSymbolicLink() || !stat.isDirectory()) {
        throw new BlobUnreadableError(`shard ${id.slice(0, 2)}`, 'not a real directory');
      }
      return dir;
    }
    if (!create) return null;
    try {
      await fsp.mkdir(dir, { mode: 0o700 });
    } catch (error) {
      if (errno(error) !== 'EEXIST') throw error;
      return this.shard(id, true);
    }
    await fsyncDirectory(this.root);
    return dir;
  }
}
