import { createHash } from 'node:crypto';
import { constants, promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { Measurement } from '../../aggregates/distribution/measurement';
import { decodedPathOf, resolveUnderRoot } from '../../aggregates/tier/tier-uri';
import { ChecksumVerifier, VerificationTarget } from '../../ports/checksum-verifier';
import { TimedOut, reasonOf, withTimeout } from './io';

export interface FileVerifierOptions {
  /** A read, stat or directory listing making no progress for this long makes the copy Unreachable. */
  readonly idleTimeoutMs: number;
  /** Size of each read (two buffers are used, so one is read while the other is hashed). Default 4 MiB. */
  readonly readBytes?: number;
  /** Files of a tree hashed at once on the event loop. Default 8. */
  readonly parallelFiles?: number;
  /**
   * Where a tree's files are hashed: `thread` (the default), one worker thread reading them with blocking calls,
   * or `event-loop`, `parallelFiles` at a time with the promise API. Small files cost open, read and close each:
   * through the thread pool that is three round trips per file on the event loop (10,000 files of 100 KiB: ~2×
   * `openssl dgst`); blocking calls in a thread are plain system calls and leave the event loop free.
   */
  readonly treeHashing?: 'thread' | 'event-loop';
  /**
   * `thread` hashing: how many threads share a tree's files (every n-th file each). Default: two where the host
   * has two CPUs or more (hashing is CPU-bound once the files are cached: a second thread nearly halves it).
   */
  readonly treeThreads?: number;
}

const DEFAULT_READ_BYTES = 4 * 1024 * 1024;
const DEFAULT_PARALLEL_FILES = 8;
/** A tree's workers read at most 1 MiB at a time: 8 workers × 2 × 4 MiB would hold 64 MiB for small files. */
const TREE_READ_BYTES = 1024 * 1024;
/** The tree hasher thread says it is alive this often (the idle timeout counts from its last word). */
const THREAD_REPORT_MS = 200;
/** A tree of fewer files than this per thread is hashed by one thread (a thread costs ~30 ms to start). */
const FILES_PER_EXTRA_THREAD = 64;

/**
 * The tree hasher thread's code, plain JavaScript evaluated by the thread (no build step, no loader): hashes the
 * files it is given, in order, and answers their sha256 hex digests, each file's identity as it was read (an fstat
 * of the descriptor just read: size, mtime, ctime, inode) and the total size, or the first error. Two options:
 * - `known[i]`: an earlier answer for file i; when the descriptor's fstat still matches it in size, mtime, ctime
 *   and inode (ctime moves on every write and cannot be set back), its digest is taken without reading the file.
 * - `settledBeforeNs` (pre-hashing a run still being written): a file modified after it is left out (null), and
 *   so is one that changed while it was read (its fstat before and after the read differ).
 */
const TREE_HASHER_THREAD = `
const { parentPort, workerData } = require('node:worker_threads');
const { closeSync, constants, fstatSync, openSync, readSync } = require('node:fs');
const { createHash } = require('node:crypto');
const { files, known, settledBeforeNs, readBytes, reportMs } = workerData;
const buffer = Buffer.allocUnsafe(readBytes);
const hexes = [];
const stats = [];
let size = 0;
let reported = Date.now();
const alive = () => {
  if (Date.now() - reported < reportMs) return;
  reported = Date.now();
  parentPort.postMessage({ kind: 'alive' });
};
const identity = (stat) => ({ size: Number(stat.size), mtimeNs: stat.mtimeNs, ctimeNs: stat.ctimeNs, ino: stat.ino });
const same = (a, b) => a.size === b.size && a.mtimeNs === b.mtimeNs && a.ctimeNs === b.ctimeNs && a.ino === b.ino;
try {
  for (let i = 0; i < files.length; i++) {
    const fd = openSync(files[i], constants.O_RDONLY | constants.O_NOFOLLOW);
    try {
      const before = known || settledBeforeNs !== null ? identity(fstatSync(fd, { bigint: true })) : null;
      const earlier = known && known[i];
      if (earlier && same(earlier, before)) {
        hexes.push(earlier.sha256);
        stats.push(before);
        size += before.size;
        continue;
      }
      if (settledBeforeNs !== null && before.mtimeNs >= settledBeforeNs) {
        hexes.push(null);
        stats.push(null);
        continue;
      }
      const hash = createHash('sha256');
      let read = 0;
      for (;;) {
        const n = readSync(fd, buffer, 0, buffer.length, null);
        if (n === 0) break;
        hash.update(n === buffer.length ? buffer : buffer.subarray(0, n));
        read += n;
        alive();
      }
      const after = identity(fstatSync(fd, { bigint: true }));
      if (settledBeforeNs !== null && !same(before, after)) {
        hexes.push(null);
        stats.push(null);
        continue;
      }
      hexes.push(hash.digest('hex'));
      stats.push(after);
      size += read;
    } finally {
      closeSync(fd);
    }
    alive();
  }
  parentPort.postMessage({ kind: 'done', hexes, stats, size });
} catch (error) {
  parentPort.postMessage({ kind: 'failed', code: error.code, message: error.message });
}
`;

/** A file as the hasher thread read it (from the descriptor it hashed), before its digest is joined to it. */
interface FileIdentity {
  readonly size: number;
  readonly mtimeNs: bigint;
  readonly ctimeNs: bigint;
  readonly ino: bigint;
}

type TreeHasherMessage =
  | { readonly kind: 'alive' }
  | {
      readonly kind: 'done';
      readonly hexes: (string | null)[];
      readonly stats: (FileIdentity | null)[];
      readonly size: number;
    }
  | { readonly kind: 'failed'; readonly code?: string; readonly message: string };

/** A file of a tree as the hasher read it: its identity from the descriptor it hashed, and its sha256. */
export interface FileAsRead extends FileIdentity {
  readonly sha256: string;
}

/** A tree's files as hashed, by path relative to the tree (`/`-separated), in the tree rule's (bytewise) order. */
export type TreeAsRead = readonly ({ readonly path: string } & FileAsRead)[];

/** What an earlier hashing of a tree saw, by relative path: a file still the same is not read again. */
export type KnownFiles = ReadonlyMap<string, FileAsRead>;

interface HashOptions {
  readonly known: (FileAsRead | null)[] | null;
  readonly settledBeforeNs: bigint | null;
}

type Hashed = { hexes: (string | null)[]; stats: (FileIdentity | null)[] | null; size: number };
const SLASH = Buffer.from('/');
const TWO_SPACES = Buffer.from('  ');
const NEWLINE = Buffer.from('\n');

/** A link inside a tree that resolves outside the tier root: the whole copy is Unreachable, nothing is read. */
class Escapes extends Error {}

function inside(root: Buffer, candidate: Buffer): boolean {
  if (candidate.equals(root)) return true;
  const prefix = root.length > 0 && root[root.length - 1] === SLASH[0] ? root : Buffer.concat([root, SLASH]);
  return candidate.length > prefix.length && candidate.subarray(0, prefix.length).equals(prefix);
}

/**
 * Reads copies on `file` tiers. The copy's path is resolved (every symlink followed) before anything is read,
 * and must stay inside the tier root's own resolved path; inside a directory, symlinks are not followed (as
 * `find -type f` does not), but one that resolves outside the tier root makes the copy Unreachable. A regular
 * file measures as `sha256`, a directory as `sha256-tree`: for every regular file under it, the line
 * `<sha256 hex>  <path relative to the directory, / separated>\n`, lines sorted by path bytewise, and the sha256
 * of their concatenation; byteSize is the sum of the file sizes. File names are handled as raw bytes.
 */
export class FileChecksumVerifier implements ChecksumVerifier {
  private readonly readBytes: number;
  private readonly treeReadBytes: number;
  private readonly parallelFiles: number;
  private readonly treeHashing: 'thread' | 'event-loop';
  private readonly treeThreads: number;

  constructor(private readonly options: FileVerifierOptions) {
    this.readBytes = options.readBytes ?? DEFAULT_READ_BYTES;
    this.treeReadBytes = Math.min(this.readBytes, TREE_READ_BYTES);
    this.parallelFiles = Math.max(1, options.parallelFiles ?? DEFAULT_PARALLEL_FILES);
    this.treeHashing = options.treeHashing ?? 'thread';
    this.treeThreads = Math.max(1, Math.floor(options.treeThreads ?? Math.min(2, os.availableParallelism())));
  }

  async measure(target: VerificationTarget): Promise<Measurement> {
    return (await this.measureTree(target)).measurement;
  }

  /**
   * measure(), and for a directory hashed in threads (the default) each file as it was hashed (size, mtime, ctime,
   * inode, sha256), so a caller can tell the bytes hashed from a later state of the files without listing them
   * again. `known` (threads only): what an earlier hashing of this tree saw; a file whose descriptor still matches
   * it is not read again.
   */
  async measureTree(
    target: VerificationTarget,
    known?: KnownFiles,
  ): Promise<{ measurement: Measurement; files: TreeAsRead | null }> {
    const seen: { files: TreeAsRead | null } = { files: null };
    try {
      return { measurement: await this.measureOrThrow(target, seen, known ?? null, null), files: seen.files };
    } catch (error) {
      return { measurement: { kind: 'unreachable', detail: reasonOf(error) }, files: null };
    }
  }

  /**
   * Hashes ahead the files of a directory that is still being written: those last modified before
   * `settledBeforeNs` (epoch ns) that did not change while they were read, and takes the rest of `known` as it
   * stands; answers them (for measureTree's `known` later), or null when the tree cannot be read. Threads only.
   */
  async hashSettledFiles(
    target: VerificationTarget,
    known: KnownFiles,
    settledBeforeNs: bigint,
  ): Promise<KnownFiles | null> {
    if (this.treeHashing !== 'thread') return null;
    const seen: { files: TreeAsRead | null } = { files: null };
    try {
      const m = await this.measureOrThrow(target, seen, known, settledBeforeNs);
      if (m.kind !== 'observed' || m.observed.algorithm !== 'sha256-tree' || !seen.files) return null;
      return new Map(seen.files.map(({ path: rel, ...file }) => [rel, file]));
    } catch {
      return null;
    }
  }

  private async measureOrThrow(
    target: VerificationTarget,
    seen: { files: TreeAsRead | null },
    known: KnownFiles | null,
    settledBeforeNs: bigint | null,
  ): Promise<Measurement> {
    const resolved = resolveUnderRoot(target.rootUri, target.uri);
    const rootPath = decodedPathOf(target.rootUri);
    if (!resolved.ok || rootPath === null) {
      return { kind: 'unreachable', detail: `uri ${resolved.ok ? 'has no local path' : resolved.reason}` };
    }
    const t = this.options.idleTimeoutMs;
    let rootReal: Buffer;
    try {
      rootReal = await withTimeout(fs.realpath(rootPath, { encoding: 'buffer' }), t);
    } catch (error) {
      return { kind: 'unreachable', detail: `tier root ${rootPath}: ${reasonOf(error)}` };
    }
    const real = await withTimeout(
      fs.realpath(path.join(rootPath, ...resolved.value.relative), { encoding: 'buffer' }),
      t,
    );
    if (!inside(rootReal, real)) {
      return { kind: 'unreachable', detail: 'the path resolves outside the tier root; it was not read' };
    }
    const stat = await withTimeout(fs.stat(real), t);
    if (stat.isFile()) {
      const { hex, size } = await this.hashFile(real);
      return {
        kind: 'observed',
        source: 'server',
        observed: { algorithm: 'sha256', value: hex, byteSize: size },
        detail: target.algorithm === 'sha256' ? null : 'found a regular file where a directory was expected',
      };
    }
    if (stat.isDirectory()) {
      let tree: { hex: string; size: number };
      try {
        tree = await this.hashTree(real, rootReal, seen, known, settledBeforeNs);
      } catch (error) {
        if (error instanceof Escapes) return { kind: 'unreachable', detail: error.message };
        throw error;
      }
      return {
        kind: 'observed',
        source: 'server',
        observed: { algorithm: 'sha256-tree', value: tree.hex, byteSize: tree.size },
        detail: target.algorithm === 'sha256-tree' ? null : 'found a directory where a regular file was expected',
      };
    }
    return { kind: 'unreachable', detail: 'neither a regular file nor a directory' };
  }

  /**
   * Streams a file through sha256 with two large buffers: the next read runs while the current one is hashed.
   * A tree passes the same two buffers for every file (allocating 2 × 4 MiB per small file dominated the time).
   */
  async hashFile(
    file: string | Buffer,
    buffers: Buffer[] = [Buffer.allocUnsafe(this.readBytes), Buffer.allocUnsafe(this.readBytes)],
  ): Promise<{ hex: string; size: number }> {
    const t = this.options.idleTimeoutMs;
    const opening = fs.open(file, constants.O_RDONLY | constants.O_NOFOLLOW);
    let handle: fs.FileHandle;
    try {
      handle = await withTimeout(opening, t);
    } catch (error) {
      // A stuck open (a FIFO, a hung mount) may still succeed later: close the handle then, never leak it.
      if (error instanceof TimedOut) void opening.then((late) => late.close()).catch(() => undefined);
      throw error;
    }
    let settled = false;
    try {
      const n = buffers[0].length;
      const hash = createHash('sha256');
      let current = 0;
      let position = 0;
      let pending = handle.read(buffers[current], 0, n, position);
      for (;;) {
        const { bytesRead } = await withTimeout(pending, t);
        if (bytesRead === 0) break;
        const filled = buffers[current];
        position += bytesRead;
        current ^= 1;
        pending = handle.read(buffers[current], 0, n, position);
        hash.update(bytesRead === n ? filled : filled.subarray(0, bytesRead));
      }
      settled = true;
      return { hex: hash.digest('hex'), size: position };
    } catch (error) {
      if (error instanceof TimedOut) {
        // A read is still pending on a stuck file system: close when it returns, do not wait for it.
        void handle.close().catch(() => undefined);
        throw error;
      }
      settled = true;
      throw error;
    } finally {
      if (settled) await handle.close().catch(() => undefined);
    }
  }

  /**
   * The sha256-tree of the files under `dir`: their digests, hashed in a thread or on the event loop. Pre-hashing
   * (`settledBeforeNs`) leaves some files out: its digest means nothing, only `seen.files` counts.
   */
  private async hashTree(
    dir: Buffer,
    rootReal: Buffer,
    seen: { files: TreeAsRead | null },
    known: KnownFiles | null,
    settledBeforeNs: bigint | null,
  ): Promise<{ hex: string; size: number }> {
    const files: { rel: Buffer; full: Buffer }[] = [];
    await this.walk(dir, null, rootReal, files);
    files.sort((a, b) => Buffer.compare(a.rel, b.rel));
    const paths = files.map((f) => f.full);
    const options: HashOptions = {
      known: known && known.size > 0 ? files.map((f) => known.get(f.rel.toString()) ?? null) : null,
      settledBeforeNs,
    };
    const { hexes, stats, size } =
      this.treeHashing === 'thread' && files.length > 0
        ? await this.hashInThreads(paths, options)
        : await this.hashOnLoop(paths);
    const list = createHash('sha256');
    for (let i = 0; i < files.length; i++) {
      list.update(Buffer.concat([Buffer.from(hexes[i] ?? ''), TWO_SPACES, files[i].rel, NEWLINE]));
    }
    if (stats) {
      seen.files = files.flatMap((f, i) => {
        const stat = stats[i];
        const sha256 = hexes[i];
        return stat && sha256 ? [{ path: f.rel.toString(), ...stat, sha256 }] : [];
      });
    }
    return { hex: list.digest('hex'), size };
  }

  /**
   * Up to `treeThreads` threads share the files (thread k takes every n-th file from the k-th): answers land back
   * at their files' places, so the lines are joined in path order whatever thread hashed them. One thread failing
   * or falling silent ends the others.
   */
  private async hashInThreads(paths: Buffer[], options: HashOptions): Promise<Hashed> {
    const n = Math.max(1, Math.min(this.treeThreads, Math.floor(paths.length / FILES_PER_EXTRA_THREAD)));
    if (n === 1) return this.hashInThread(paths, options).done;
    const shareOf = <T>(items: readonly T[], k: number) => items.filter((_, i) => i % n === k);
    const threads = Array.from({ length: n }, (_, k) =>
      this.hashInThread(shareOf(paths, k), {
        known: options.known && shareOf(options.known, k),
        settledBeforeNs: options.settledBeforeNs,
      }),
    );
    try {
      const answers = await Promise.all(threads.map((t) => t.done));
      const hexes = new Array<string | null>(paths.length);
      const stats = new Array<FileIdentity | null>(paths.length);
      answers.forEach((answer, k) =>
        answer.hexes.forEach((hex, j) => {
          hexes[j * n + k] = hex;
          stats[j * n + k] = answer.stats?.[j] ?? null;
        }),
      );
      return { hexes, stats, size: answers.reduce((sum, answer) => sum + answer.size, 0) };
    } catch (error) {
      threads.forEach((t) => t.stop());
      throw error;
    }
  }

  /**
   * One worker thread hashes the files in order. It reports every THREAD_REPORT_MS; silence for the idle timeout
   * (a hung mount) rejects with TimedOut and terminates it (a thread stuck inside a system call ends when the call
   * returns; it is unref'd so it never holds the process open).
   */
  private hashInThread(
    paths: Buffer[],
    options: HashOptions,
  ): {
    done: Promise<Hashed>;
    stop: () => void;
  } {
    const t = this.options.idleTimeoutMs;
    const thread = new Worker(TREE_HASHER_THREAD, {
      eval: true,
      // Not the parent's `-r` loaders (a TypeScript register costs a thread ~300 ms to start): plain JS needs none.
      execArgv: [],
      workerData: {
        files: paths,
        known: options.known,
        settledBeforeNs: options.settledBeforeNs,
        readBytes: this.treeReadBytes,
        reportMs: Math.min(THREAD_REPORT_MS, t / 2),
      },
    });
    const stop = () => {
      thread.unref();
      void thread.terminate();
    };
    const done = new Promise<Hashed>((resolve, reject) => {
      let settled = false;
      const settle = (outcome: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        outcome();
      };
      const idle = () =>
        settle(() => {
          stop();
          reject(new TimedOut(t));
        });
      let timer = setTimeout(idle, t);
      thread.on('message', (message: TreeHasherMessage) => {
        if (message.kind === 'alive') {
          clearTimeout(timer);
          timer = setTimeout(idle, t);
        } else if (message.kind === 'done')
          settle(() => resolve({ hexes: message.hexes, stats: message.stats, size: message.size }));
        else settle(() => reject(Object.assign(new Error(message.message), { code: message.code })));
      });
      thread.once('error', (error) => settle(() => reject(error)));
      thread.once('exit', (code) => settle(() => reject(new Error(`the tree hasher thread exited (${code})`))));
    });
    return { done, stop };
  }

  /** `parallelFiles` files at a time on the event loop, each worker with its own two buffers. */
  private async hashOnLoop(paths: Buffer[]): Promise<Hashed> {
    const hexes = new Array<string>(paths.length);
    let size = 0;
    let next = 0;
    const worker = async () => {
      const buffers = [Buffer.allocUnsafe(this.treeReadBytes), Buffer.allocUnsafe(this.treeReadBytes)];
      while (next < paths.length) {
        const i = next++;
        const { hex, size: fileSize } = await this.hashFile(paths[i], buffers);
        hexes[i] = hex;
        size += fileSize;
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.parallelFiles, paths.length) }, worker));
    return { hexes, stats: null, size };
  }

  private async walk(
    dir: Buffer,
    rel: Buffer | null,
    rootReal: Buffer,
    files: { rel: Buffer; full: Buffer }[],
  ): Promise<void> {
    const t = this.options.idleTimeoutMs;
    const entries = await withTimeout(fs.readdir(dir, { withFileTypes: true, encoding: 'buffer' }), t);
    for (const entry of entries) {
      const name = entry.name as unknown as Buffer;
      const full = Buffer.concat([dir, SLASH, name]);
      const relPath = rel === null ? name : Buffer.concat([rel, SLASH, name]);
      if (entry.isSymbolicLink()) {
        // Not followed (find -type f lists no links), but one pointing outside the tier root spoils the copy.
        let resolved: Buffer;
        try {
          resolved = await withTimeout(fs.realpath(full, { encoding: 'buffer' }), t);
        } catch {
          const link = await withTimeout(fs.readlink(full, { encoding: 'buffer' }), t);
          resolved = Buffer.from(path.resolve(dir.toString(), link.toString()));
        }
        if (!inside(rootReal, resolved)) {
          throw new Escapes(`the link ${relPath.toString()} resolves outside the tier root; nothing was read`);
        }
      } else if (entry.isDirectory()) {
        await this.walk(full, relPath, rootReal, files);
      } else if (entry.isFile()) {
        files.push({ rel: relPath, full });
      }
    }
  }
}
