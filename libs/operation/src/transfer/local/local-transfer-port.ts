import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { constants, promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { sortedBytewise } from '@custody/kernel';
import { TransferFailure, localPathsOf } from '../transfer-locations';
import { isTerminal, progressOf, settle } from '../transfer-progress';
import { TreeDigest, sha256Hex, transferIdOf } from '../tree-digest';
import { TransferHandle, TransferPort, TransferProgress, TransferRequest, TransferState } from '../transfer.port';
import { CopiedFile, SmallFileCopier, threadError } from './small-file-copier';

export interface LocalTransferOptions {
  /** Where one small state file per transfer is kept, so a later process knows how a transfer ended. */
  readonly stateDir: string;
  /** Size of each read (two per file in flight: one is read while the other is hashed and written). 1 MiB: blocks that stay in the CPU cache hash and copy faster than larger ones. */
  readonly bufferBytes?: number;
  /** Files copied at once (small files are bound by open/close/rename latency, not bandwidth). 8. */
  readonly parallelFiles?: number;
  /** A bandwidth limit in bytes per second; none by default. */
  readonly limitBytesPerSecond?: number;
  /**
   * How a file is made durable before its rename: `fsync` each temp file (several in parallel), or `syncfs`:
   * temp files are written in groups, one `sync -f` (syncfs(2)) flushes a group, then its files are renamed.
   * Both keep "a file at its final name is complete"; `syncfs` costs one flush per group instead of one per file.
   */
  readonly durability?: 'fsync' | 'syncfs';
  /**
   * Where a tree's files under 4 MiB are copied: in worker threads with blocking system calls (`thread`), or on
   * the streaming path large files always take (`event-loop`). `auto`, the default: threads for a tree of at
   * least 64 small files (fewer do not pay for a thread's start, ~30 ms). The threads need syncfs durability and
   * no bandwidth limit; otherwise every file takes the streaming path.
   */
  readonly smallFiles?: 'auto' | 'thread' | 'event-loop';
  /**
   * How many small-file threads share a tree's small files (each takes a contiguous share of every group, so each
   * works in its own folders). Default: two where the host has two CPUs or more: a small file costs its create
   * and its hash in CPU time, and a second thread took 10,000 files of 100 KiB from 1.75 s to 1.32 s here. `auto`
   * gives a thread at least 64 files.
   */
  readonly copyThreads?: number;
  /** syncfs durability: how long a written file may wait for its group's flush (and so to land). 1000 ms. */
  readonly syncGroupMs?: number;
}

interface StoredTransfer {
  readonly handle: TransferHandle;
  readonly state: TransferState;
  /** Set once terminal. */
  readonly progress: TransferProgress | null;
}

interface SourceFile {
  /** Relative to the copied directory, `/`-separated; '' for a single file. */
  readonly rel: string;
  readonly from: string;
  readonly to: string;
  readonly size: number;
}

const MiB = 1024 * 1024;
const TEMP_SUFFIX = '.custody-tmp';
const CANCEL_CHECK_MS = 500;
/** syncfs durability: a flush after this many files or bytes written (and one at the end). */
const SYNC_GROUP_FILES = 1000;
const SYNC_GROUP_BYTES = 512 * MiB;
/** …or once the oldest file waiting is this old, so files land (and count as moved) as the copy goes (default). */
const SYNC_GROUP_MS = 1000;
/** Files under this size are copied in the small-file thread, each in one read. */
const SMALL_FILE_BYTES = 4 * MiB;
/** `auto`: the thread only for a tree of at least this many small files. */
const SMALL_FILES_FOR_THREAD = 64;
const { O_RDONLY, O_WRONLY, O_CREAT, O_TRUNC, O_NOFOLLOW, O_DIRECTORY } = constants;

function errnoOf(error: unknown): string | undefined {
  return (error as { code?: string } | null)?.code;
}

/** The port's code for a file-system error: permissions, a mount gone away, or a refusal of this request. */
function failureOf(error: unknown, what: string): TransferFailure {
  if (error instanceof TransferFailure) return error;
  const code = errnoOf(error);
  const reason = `${what}: ${code ?? ''} ${(error as Error)?.message ?? String(error)}`.trim();
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
    return new TransferFailure('TransferAccessDenied', reason);
  if (['EIO', 'ENXIO', 'ESTALE', 'ENOTCONN', 'EHOSTDOWN', 'EHOSTUNREACH', 'ETIMEDOUT'].includes(code ?? '')) {
    return new TransferFailure('TransferEndpointUnreachable', reason);
  }
  return new TransferFailure('TransferRejected', reason);
}

function inside(root: string, candidate: string): boolean {
  return candidate === root || candidate.startsWith(root === '/' ? '/' : `${root}/`);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The default TransferPort: copies a file or a directory tree between two `file` tiers this host mounts.
 *
 * - One read pass: each block read from the source is hashed (sha256 per file, the sha256-tree over a tree) and
 *   written; the next block is read while the current one is hashed and written. Memory stays bounded by
 *   `parallelFiles × 2 × bufferBytes`, whatever the size of the copy.
 * - Each file is written under a temp name beside its final name, made durable, then renamed, `parallelFiles` at a
 *   time. Durability (the default, `syncfs`): temp files are written in groups (1000 files, 512 MiB or 1 s), one
 *   syncfs(2) of the target file system flushes a group, then its files are renamed; every target directory is
 *   fsynced once before the transfer reports Succeeded (the renames are durable too). `fsync` instead fsyncs each
 *   temp file, several in parallel (slower for many small files: one flush per file).
 * - Resume: a file already at its final name was complete (rename comes last); it is read again and kept, counted
 *   skipped, when it holds the source's bytes. A different file there is never overwritten: that file fails.
 * - Symlinks are never followed: the copy's own path must resolve inside the source tier root, links inside a tree
 *   are not copied (as the sha256-tree rule does not count them), and one that points out of the source tier
 *   refuses the whole transfer. Files are opened with O_NOFOLLOW.
 * - Cancel stops within one block and removes the temp files; what was already complete stays.
 * - A tree's small files (under 4 MiB; 64 of them at least) are copied by worker threads (two on a host with two
 *   CPUs or more) with blocking system calls (small-file-copier): through the promise API each costs 7–8
 *   thread-pool round trips on the event loop, which dominated a tree of 10,000 files of 100 KiB (1.7 × `cp -r` +
 *   `sync` + `openssl`; 0.9 × in one thread). Same durability order (a group is one syncfs: temp files, one
 *   syncfs, renames), per-file progress in messages, cancel between files. Not with a bandwidth limit or fsync
 *   durability, which stay on the streaming path of large files.
 */
export class LocalTransferPort implements TransferPort {
  readonly name = 'local';
  private readonly runners = new Map<string, LocalCopy>();
  private readonly bufferBytes: number;
  private readonly parallelFiles: number;
  private readonly durability: 'fsync' | 'syncfs';
  private readonly smallFiles: 'auto' | 'thread' | 'event-loop';
  private readonly copyThreads: number;

  constructor(private readonly options: LocalTransferOptions) {
    this.bufferBytes = options.bufferBytes ?? 1 * MiB;
    this.parallelFiles = options.parallelFiles ?? 8;
    this.durability = options.durability ?? 'syncfs';
    // The thread copies a file in one blocking pass: no bandwidth limit to honour there, and syncfs groups only.
    this.smallFiles =
      this.durability === 'syncfs' && !options.limitBytesPerSecond ? (options.smallFiles ?? 'auto') : 'event-loop';
    this.copyThreads = Math.max(1, Math.floor(options.copyThreads ?? Math.min(2, os.availableParallelism())));
  }

  async begin(request: TransferRequest): Promise<TransferHandle> {
    const handle: TransferHandle = { adapter: this.name, id: transferIdOf(this.name, request.idempotencyKey), request };
    if (this.runners.has(handle.id)) return handle;
    const stored = await this.read(handle.id);
    if (stored && isTerminal(stored.state)) return stored.handle;
    if (!stored) await this.write({ handle, state: 'Active', progress: null });
    this.start(stored?.handle ?? handle);
    return stored?.handle ?? handle;
  }

  async observe(handle: TransferHandle): Promise<TransferProgress> {
    const running = this.runners.get(handle.id);
    if (running) return running.snapshot();
    const stored = await this.read(handle.id);
    if (stored?.progress && isTerminal(stored.state)) return stored.progress;
    if (stored?.state === 'Cancelled') return progressOf({ state: 'Cancelled' });
    if (!stored) await this.write({ handle, state: 'Active', progress: null });
    return this.start(stored?.handle ?? handle).snapshot();
  }

  async cancel(handle: TransferHandle): Promise<void> {
    const running = this.runners.get(handle.id);
    if (running) {
      await running.cancel();
      return;
    }
    const stored = await this.read(handle.id);
    if (stored && isTerminal(stored.state)) return;
    await this.write({ handle, state: 'Cancelled', progress: progressOf({ state: 'Cancelled' }) });
    // A process that died mid-copy left its temp files: remove them now.
    await removeTemps(handle).catch(() => undefined);
  }

  async stop(): Promise<void> {
    const running = [...this.runners.values()];
    this.runners.clear();
    await Promise.all(running.map((runner) => runner.stop()));
  }

  private start(handle: TransferHandle): LocalCopy {
    const runner = new LocalCopy(handle, {
      bufferBytes: this.bufferBytes,
      parallelFiles: this.parallelFiles,
      limitBytesPerSecond: this.options.limitBytesPerSecond,
      durability: this.durability,
      smallFiles: this.smallFiles,
      copyThreads: this.copyThreads,
      syncGroupMs: this.options.syncGroupMs ?? SYNC_GROUP_MS,
      cancelledElsewhere: async () => (await this.read(handle.id))?.state === 'Cancelled',
      settle: async (progress) => {
        await this.write({ handle, state: progress.state, progress });
        if (this.runners.get(handle.id) === runner) this.runners.delete(handle.id);
      },
    });
    this.runners.set(handle.id, runner);
    runner.start();
    return runner;
  }

  private file(id: string): string {
    return path.join(this.options.stateDir, `${id}.json`);
  }

  private async read(id: string): Promise<StoredTransfer | null> {
    try {
      return JSON.parse(await fs.readFile(this.file(id), 'utf8')) as StoredTransfer;
    } catch (error) {
      if (errnoOf(error) === 'ENOENT') return null;
      throw error;
    }
  }

  private async write(stored: StoredTransfer): Promise<void> {
    await fs.mkdir(this.options.stateDir, { recursive: true });
    const file = this.file(stored.handle.id);
    const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}${TEMP_SUFFIX}`;
    const handle = await fs.open(temp, O_WRONLY | O_CREAT | O_TRUNC, 0o600);
    try {
      await handle.writeFile(JSON.stringify(stored));
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, file);
  }
}

/** A small file a thread wrote to its temp name, waiting for its group's flush to be renamed by that thread. */
interface WrittenSmallFile {
  readonly index: number;
  readonly temp: string;
  readonly to: string;
  readonly sha: string;
  readonly thread: number;
}

interface CopySettings {
  readonly bufferBytes: number;
  readonly parallelFiles: number;
  readonly limitBytesPerSecond: number | undefined;
  readonly durability: 'fsync' | 'syncfs';
  readonly smallFiles: 'auto' | 'thread' | 'event-loop';
  readonly copyThreads: number;
  readonly syncGroupMs: number;
  cancelledElsewhere(): Promise<boolean>;
  settle(progress: TransferProgress): Promise<void>;
}

/** The temp name of `final` for one transfer: hidden, fixed length (long names stay under NAME_MAX). */
/**
 * The temp name of `final` for one transfer in this process: hidden, fixed length (long names stay under NAME_MAX),
 * and carrying the pid, so two processes that both run the transfer (a job whose lease moved while the first was
 * still alive) never write the same temp file; the second rename then finds the first file and keeps it.
 */
function tempNameOf(final: string, transferId: string): string {
  const name = path.basename(final);
  return path.join(
    path.dirname(final),
    `${tempPrefixOf(transferId)}${process.pid}-${sha256Hex(name).slice(0, 16)}${TEMP_SUFFIX}`,
  );
}

const tempPrefixOf = (transferId: string) => `.${transferId.slice(-12)}-`;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errnoOf(error) === 'EPERM';
  }
}

/** Temp files a dead process of this transfer left in these directories (a crash mid-file) are removed. */
async function removeStaleTemps(directories: Iterable<string>, transferId: string): Promise<void> {
  const prefix = tempPrefixOf(transferId);
  for (const dir of directories) {
    const names = await fs.readdir(dir).catch(() => [] as string[]);
    for (const name of names) {
      if (!name.startsWith(prefix) || !name.endsWith(TEMP_SUFFIX)) continue;
      const pid = Number(name.slice(prefix.length).split('-')[0]);
      if (Number.isInteger(pid) && pid !== process.pid && !alive(pid))
        await fs.rm(path.join(dir, name), { force: true });
    }
  }
}

async function removeTemps(handle: TransferHandle): Promise<void> {
  const { full } = localPathsOf(handle.request.target);
  const prefix = tempPrefixOf(handle.id);
  const visit = async (dir: string): Promise<void> => {
    for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
      const at = path.join(dir, entry.name);
      if (entry.isDirectory()) await visit(at);
      else if (entry.name.startsWith(prefix) && entry.name.endsWith(TEMP_SUFFIX)) await fs.rm(at, { force: true });
    }
  };
  if (handle.request.kind === 'tree') await visit(full);
  else await removeStaleTemps([path.dirname(full)], handle.id);
}

/** One transfer being copied in this process. */
class LocalCopy {
  private state: TransferState = 'Pending';
  private bytesMoved = 0;
  private bytesTotal: number | null = null;
  private filesTotal: number | null = null;
  private filesMoved = 0;
  private filesSkipped = 0;
  private filesFailed = 0;
  private firstFailure: TransferFailure | null = null;
  private final: TransferProgress | null = null;
  private cancelled = false;
  private stopped = false;
  private startedAt = 0;
  private lastCancelCheck = 0;
  private running: Promise<void> = Promise.resolve();
  private readonly temps = new Set<string>();
  /** syncfs durability: temp files written, waiting for the next flush to be renamed. */
  private unsynced: { temp: string; file: SourceFile; sha: string; record: (sha: string) => void }[] = [];
  private unsyncedBytes = 0;
  private unsyncedSince = 0;
  private flushing: Promise<void> = Promise.resolve();
  /** The small-file threads; the first also measures a large tree's sizes. */
  private copiers: SmallFileCopier[] = [];
  /** Files the small-file thread found already at their final name, being read again on the event loop. */
  private readonly checkingExisting: Promise<void>[] = [];

  constructor(
    private readonly handle: TransferHandle,
    private readonly settings: CopySettings,
  ) {}

  start(): void {
    this.startedAt = Date.now();
    this.running = this.run()
      .finally(() => this.endCopier())
      .catch(async (error) => {
        if (this.stopped) return;
        await this.finish(this.failedWith(failureOf(error, 'copy')));
      });
  }

  /** Is the small-file thread worth starting for this many files (always when asked for, never when refused)? */
  private threadWorthIt(files: number): boolean {
    const { smallFiles } = this.settings;
    return smallFiles === 'thread' ? files > 0 : smallFiles === 'auto' && files >= SMALL_FILES_FOR_THREAD;
  }

  /** How many small-file threads share `files` small files (a forced thread: one per file at most). */
  private threadsFor(files: number): number {
    const { smallFiles, copyThreads } = this.settings;
    const most = smallFiles === 'thread' ? files : Math.floor(files / SMALL_FILES_FOR_THREAD);
    return Math.max(1, Math.min(copyThreads, most));
  }

  /** The first `count` small-file threads, started when first needed (the sizes of a large tree, or its small files). */
  private threadCopiers(count = 1): SmallFileCopier[] {
    while (this.copiers.length < count) this.copiers.push(new SmallFileCopier(SMALL_FILE_BYTES));
    return this.copiers.slice(0, count);
  }

  private threadCopier(): SmallFileCopier {
    return this.threadCopiers(1)[0];
  }

  private async endCopier(): Promise<void> {
    const copiers = this.copiers;
    this.copiers = [];
    await Promise.all(copiers.map((copier) => copier.terminate()));
  }

  snapshot(): TransferProgress {
    if (this.final) return this.final;
    const seconds = (Date.now() - this.startedAt) / 1000;
    return progressOf({
      state: this.state,
      bytesMoved: this.bytesMoved,
      bytesTotal: this.bytesTotal,
      filesTotal: this.filesTotal,
      filesMoved: this.filesMoved,
      filesSkipped: this.filesSkipped,
      filesFailed: this.filesFailed,
      bytesPerSecond: seconds > 0 ? Math.round(this.bytesMoved / seconds) : null,
    });
  }

  async cancel(): Promise<void> {
    if (this.final) return;
    this.cancelled = true;
    this.copiers.forEach((copier) => copier.cancel());
    await this.running;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await Promise.all(this.copiers.map((copier) => copier.terminate()));
    await this.running;
  }

  private failedWith(failure: TransferFailure): TransferProgress {
    return {
      ...this.snapshot(),
      state: 'Failed',
      partial: false,
      observed: null,
      failure: { code: failure.code, detail: failure.detail },
    };
  }

  private async finish(progress: TransferProgress): Promise<void> {
    if (this.stopped) return;
    await this.settings.settle(progress);
    this.final = progress;
  }

  private async interrupted(): Promise<boolean> {
    if (this.stopped || this.cancelled) return true;
    const now = Date.now();
    if (now - this.lastCancelCheck >= CANCEL_CHECK_MS) {
      this.lastCancelCheck = now;
      if (await this.settings.cancelledElsewhere()) this.cancelled = true;
    }
    return this.cancelled;
  }

  private async run(): Promise<void> {
    const { request } = this.handle;
    const source = localPathsOf(request.source);
    const target = localPathsOf(request.target);
    const sourceRoot = await this.realRoot(source.root, 'source');
    const targetRoot = await this.realRoot(target.root, 'target');
    this.state = 'Active';

    let real: string;
    try {
      real = await fs.realpath(source.full);
    } catch (error) {
      if (errnoOf(error) === 'ENOENT' || errnoOf(error) === 'ENOTDIR') {
        throw new TransferFailure('TransferRejected', `no copy at ${request.source.path} on the source tier`);
      }
      throw failureOf(error, 'source');
    }
    if (!inside(sourceRoot, real)) {
      throw new TransferFailure('TransferRejected', `${request.source.path} resolves outside the source tier root`);
    }
    const stat = await fs.stat(real);
    if (request.kind === 'file' && !stat.isFile()) {
      throw new TransferFailure('TransferRejected', `${request.source.path} is not a regular file`);
    }
    if (request.kind === 'tree' && !stat.isDirectory()) {
      throw new TransferFailure('TransferRejected', `${request.source.path} is not a directory`);
    }
    const files: SourceFile[] =
      request.kind === 'file'
        ? [{ rel: '', from: real, to: target.full, size: stat.size }]
        : await this.list(real, target.full, sourceRoot);
    this.filesTotal = files.length;
    this.bytesTotal = files.reduce((sum, f) => sum + f.size, 0);

    const directories = new Set(files.map((f) => path.dirname(f.to)));
    try {
      await this.makeDirectories(directories, targetRoot);
      await removeStaleTemps(directories, this.handle.id);
    } catch (error) {
      throw failureOf(error, 'target directory');
    }

    const digest = new TreeDigest();
    let single = '';
    const recordOf = (file: SourceFile) => (sha: string) => {
      if (request.kind === 'file') single = sha;
      else digest.add(file.rel, sha, file.size);
    };
    const isSmall = (f: SourceFile) => request.kind === 'tree' && f.size < SMALL_FILE_BYTES;
    const useThread = this.threadWorthIt(files.filter(isSmall).length);
    const small = useThread ? files.filter(isSmall) : [];
    const streamed = useThread ? files.filter((f) => !isSmall(f)) : files;
    let next = 0;
    const worker = async () => {
      while (next < streamed.length) {
        const file = streamed[next++];
        if (await this.interrupted()) return;
        const record = recordOf(file);
        try {
          if (!(await this.copyOne(file, record))) return;
        } catch (error) {
          if (this.stopped || this.cancelled) return;
          this.fail(file, error);
        }
      }
    };
    await Promise.all([
      this.copySmallFiles(small, recordOf),
      ...Array.from({ length: Math.min(this.settings.parallelFiles, streamed.length) }, worker),
    ]);
    if (!this.stopped && !this.cancelled) await this.flush();
    await this.flushing;

    if (this.stopped) return;
    if (this.cancelled) {
      await Promise.all([...this.temps].map((temp) => fs.rm(temp, { force: true })));
      await this.finish({ ...this.snapshot(), state: 'Cancelled' });
      return;
    }
    // The renames are durable once their directories are: one fsync each, in parallel.
    if (this.filesMoved > 0) await Promise.all([...directories].map(syncDirectory));
    const observed =
      this.filesFailed > 0
        ? null
        : request.kind === 'file'
          ? { algorithm: 'sha256' as const, value: single, byteSize: this.bytesTotal }
          : digest.digest();
    await this.finish(
      settle(this.snapshot(), {
        observed,
        expected: request.expected,
        firstFailure: this.firstFailure && { code: this.firstFailure.code, detail: this.firstFailure.detail },
      }),
    );
  }

  private async realRoot(root: string, which: string): Promise<string> {
    try {
      const real = await fs.realpath(root);
      if (!(await fs.stat(real)).isDirectory()) throw Object.assign(new Error('not a directory'), { code: 'ENOTDIR' });
      return real;
    } catch (error) {
      const code = errnoOf(error);
      if (code === 'ENOENT' || code === 'ENOTDIR') {
        throw new TransferFailure('TransferEndpointUnreachable', `the ${which} tier root ${root} is not mounted here`);
      }
      throw failureOf(error, `the ${which} tier root ${root}`);
    }
  }

  /** Every regular file under `dir`; links are not followed, and one that leaves the source tier refuses all. */
  private async list(dir: string, to: string, sourceRoot: string): Promise<SourceFile[]> {
    const found: { rel: string; from: string }[] = [];
    const visit = async (at: string, rel: string): Promise<void> => {
      for (const entry of await fs.readdir(at, { withFileTypes: true })) {
        const from = path.join(at, entry.name);
        const relPath = rel === '' ? entry.name : `${rel}/${entry.name}`;
        if (entry.isSymbolicLink()) {
          const resolved = await fs.realpath(from).catch(async () => path.resolve(at, await fs.readlink(from)));
          if (!inside(sourceRoot, resolved)) {
            throw new TransferFailure('TransferRejected', `the link ${relPath} points out of the source tier`);
          }
        } else if (entry.isDirectory()) await visit(from, relPath);
        else if (entry.isFile()) found.push({ rel: relPath, from });
      }
    };
    await visit(dir, '');
    const sorted = sortedBytewise(found, (f) => f.rel);
    // A tree large enough for the small-file thread has its sizes taken there too: one blocking lstat per file,
    // not a thread-pool round trip per file on the event loop.
    const sizes = this.threadWorthIt(sorted.length)
      ? await this.threadCopier().sizes(sorted.map((f) => f.from))
      : await mapLimit(sorted, 16, async (f) => (await fs.lstat(f.from)).size);
    return sorted.map((f, i) => ({ ...f, to: path.join(to, ...f.rel.split('/')), size: sizes[i] }));
  }

  /** Creates the target directories, each of which must stay inside the target tier root (no symlink out). */
  private async makeDirectories(directories: Set<string>, targetRoot: string): Promise<void> {
    for (const dir of [...directories].sort()) {
      await fs.mkdir(dir, { recursive: true });
      const real = await fs.realpath(dir);
      if (!inside(targetRoot, real)) {
        throw new TransferFailure('TransferRejected', `${dir} resolves outside the target tier root`);
      }
    }
  }

  private fail(file: SourceFile, error: unknown): void {
    this.filesFailed++;
    this.firstFailure ??= failureOf(error, file.rel || path.basename(file.to));
  }

  /**
   * Copies (or keeps, when already there) one file, and records its sha256 once the file is at its final name
   * (at once with fsync; after the group's flush with syncfs). False when interrupted.
   */
  private async copyOne(file: SourceFile, record: (sha: string) => void): Promise<boolean> {
    const existing = await fs.lstat(file.to).catch((error) => {
      if (errnoOf(error) === 'ENOENT') return null;
      throw error;
    });
    if (existing) {
      record(await this.keepExisting(file, existing.isFile() ? existing.size : -1));
      return true;
    }

    const temp = tempNameOf(file.to, this.handle.id);
    this.temps.add(temp);
    const hash = createHash('sha256');
    const input = await fs.open(file.from, O_RDONLY | O_NOFOLLOW);
    let output: fs.FileHandle | null = null;
    try {
      output = await fs.open(temp, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW, 0o644);
      const n = Math.max(64 * 1024, Math.min(this.settings.bufferBytes, file.size + 1));
      const buffers = [Buffer.allocUnsafe(n), Buffer.allocUnsafe(n)];
      let current = 0;
      let position = 0;
      let reading = input.read(buffers[current], 0, n, 0);
      for (;;) {
        const { bytesRead } = await reading;
        if (bytesRead === 0) break;
        const chunk = buffers[current].subarray(0, bytesRead);
        current ^= 1;
        reading = input.read(buffers[current], 0, n, position + bytesRead);
        // The write runs on the thread pool while this thread hashes the same block.
        const writing = writeAll(output, chunk, position);
        hash.update(chunk);
        await writing;
        position += bytesRead;
        this.bytesMoved += bytesRead;
        await this.throttle();
        if (await this.interrupted()) {
          await reading.catch(() => undefined);
          return false;
        }
      }
      if (this.settings.durability === 'fsync') await output.sync();
    } finally {
      await output?.close().catch(() => undefined);
      await input.close().catch(() => undefined);
    }
    const sha = hash.digest('hex');
    if (this.settings.durability === 'syncfs') {
      if (this.unsynced.length === 0) this.unsyncedSince = Date.now();
      this.unsynced.push({ temp, file, sha, record });
      this.unsyncedBytes += file.size;
      if (
        this.unsynced.length >= SYNC_GROUP_FILES ||
        this.unsyncedBytes >= SYNC_GROUP_BYTES ||
        Date.now() - this.unsyncedSince >= this.settings.syncGroupMs
      ) {
        void this.flush();
      }
      return true;
    }
    record(await this.land(temp, file, sha));
    return true;
  }

  /**
   * Small files, in the small-file threads: groups as large as a syncfs group (1000 files, 512 MiB or 1 s), each
   * shared by the threads (a contiguous share each), written to temp files, flushed by one syncfs, then renamed by
   * the thread that wrote them, while the threads copy the next group. A thread stopped by the group's time limit leaves the
   * rest of its share to the next group. Cancel is seen between files; a file already at its final name is checked
   * here as on the streaming path.
   */
  private async copySmallFiles(files: SourceFile[], recordOf: (file: SourceFile) => (sha: string) => void) {
    if (files.length === 0) return;
    const copiers = this.threadCopiers(this.threadsFor(files.length));
    let landing: Promise<void> = Promise.resolve();
    try {
      let pending = files.map((_, index) => index);
      while (pending.length > 0 && !(await this.interrupted())) {
        let bytes = 0;
        let end = 0;
        while (end < pending.length && end < SYNC_GROUP_FILES && bytes < SYNC_GROUP_BYTES)
          bytes += files[pending[end++]].size;
        const group = new Map(
          pending.slice(0, end).map((index) => {
            const { from, to } = files[index];
            return [index, { index, from, to, temp: tempNameOf(to, this.handle.id) }] as const;
          }),
        );
        const shares = shareOut([...group.values()], copiers.length);
        const threadOf = new Map(shares.flatMap((share, t) => share.map((item) => [item.index, t] as const)));
        const written: WrittenSmallFile[] = [];
        const onFile = (copied: CopiedFile) => {
          const file = files[copied.index];
          if (copied.kind === 'copied') {
            const { temp, to } = group.get(copied.index)!;
            this.temps.add(temp);
            this.bytesMoved += copied.size;
            written.push({ index: copied.index, temp, to, sha: copied.sha, thread: threadOf.get(copied.index)! });
          } else if (copied.kind === 'exists') this.checkExisting(file, copied.size, false, recordOf(file));
          else this.fail(file, threadError(copied));
          void this.interrupted().then((yes) => yes && copiers.forEach((copier) => copier.cancel()));
        };
        const processed = await Promise.all(
          shares.map((share, t) => (share.length > 0 ? copiers[t].copy(share, this.settings.syncGroupMs, onFile) : 0)),
        );
        const left = shares.flatMap((share, t) => share.slice(processed[t]).map((item) => item.index));
        pending = [...left, ...pending.slice(end)];
        if (written.length > 0) landing = landing.then(() => this.landSmallFiles(copiers, written, files, recordOf));
      }
      await landing;
      await Promise.all(this.checkingExisting);
    } finally {
      // A landing that failed must not go unobserved while the threads are stopped.
      await landing.catch(() => undefined);
      await this.endCopier();
    }
  }

  /** One syncfs for a batch the thread wrote, then the thread renames its files (queued behind its next batch). */
  private async landSmallFiles(
    copiers: readonly SmallFileCopier[],
    written: WrittenSmallFile[],
    files: SourceFile[],
    recordOf: (file: SourceFile) => (sha: string) => void,
  ): Promise<void> {
    if (this.stopped) return;
    await syncFileSystem(
      path.dirname(written[0].temp),
      written.map((w) => w.temp),
    );
    if (this.stopped) return;
    // Each thread renames the files it wrote (in its own folders), behind the share of the next group it copies.
    const byIndex = new Map(written.map((w) => [w.index, w]));
    const landed = await Promise.all(copiers.map((copier, t) => copier.land(written.filter((w) => w.thread === t))));
    for (const result of landed.flat()) {
      const file = files[result.index];
      if (result.outcome === 'failed') {
        this.fail(file, threadError(result));
        continue;
      }
      const { temp, sha } = byIndex.get(result.index)!;
      this.temps.delete(temp);
      if (result.outcome === 'exists') this.checkExisting(file, result.size, true, recordOf(file));
      else {
        this.filesMoved++;
        recordOf(file)(sha);
      }
    }
  }

  private checkExisting(file: SourceFile, size: number, moved: boolean, record: (sha: string) => void): void {
    this.checkingExisting.push(
      this.keepExisting(file, size, moved).then(record, (error: unknown) => this.fail(file, error)),
    );
  }

  /** syncfs durability: one flush of the file system for the files written so far, then their renames. */
  private flush(): Promise<void> {
    const group = this.unsynced;
    this.unsynced = [];
    this.unsyncedBytes = 0;
    this.flushing = this.flushing.then(async () => {
      if (group.length === 0 || this.stopped) return;
      await syncFileSystem(
        path.dirname(group[0].temp),
        group.map((g) => g.temp),
      );
      for (const { temp, file, sha, record } of group) {
        if (this.stopped) return;
        try {
          record(await this.land(temp, file, sha));
        } catch (error) {
          this.fail(file, error);
        }
      }
    });
    return this.flushing;
  }

  /** Renames a durable temp file to its final name (never over a file that appeared meanwhile). */
  private async land(temp: string, file: SourceFile, sha: string): Promise<string> {
    if (
      await fs.lstat(file.to).then(
        () => true,
        () => false,
      )
    ) {
      await fs.rm(temp, { force: true });
      this.temps.delete(temp);
      const stat = await fs.lstat(file.to);
      return this.keepExisting(file, stat.isFile() ? stat.size : -1, true);
    }
    await fs.rename(temp, file.to);
    this.temps.delete(temp);
    this.filesMoved++;
    return sha;
  }

  /** A file already at the target is kept (skipped) only when it holds the source's bytes. */
  private async keepExisting(file: SourceFile, size: number, moved = false): Promise<string> {
    const different = () =>
      new TransferFailure('TransferRejected', `a different file is already at ${file.rel || path.basename(file.to)}`);
    if (size !== file.size) throw different();
    const [there, here] = await Promise.all([this.hashOf(file.to), this.hashOf(file.from)]);
    if (there !== here) throw different();
    if (moved) this.bytesMoved -= file.size;
    this.filesSkipped++;
    return there;
  }

  private async hashOf(file: string): Promise<string> {
    const handle = await fs.open(file, O_RDONLY | O_NOFOLLOW);
    try {
      const hash = createHash('sha256');
      const buffer = Buffer.allocUnsafe(Math.min(this.settings.bufferBytes, 1 * MiB));
      for (;;) {
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
        if (bytesRead === 0) return hash.digest('hex');
        hash.update(buffer.subarray(0, bytesRead));
      }
    } finally {
      await handle.close();
    }
  }

  private async throttle(): Promise<void> {
    const limit = this.settings.limitBytesPerSecond;
    if (!limit) return;
    const due = this.startedAt + (this.bytesMoved / limit) * 1000;
    const wait = due - Date.now();
    if (wait > 0) await sleep(wait);
  }
}

async function writeAll(output: fs.FileHandle, chunk: Buffer, position: number): Promise<void> {
  let written = 0;
  while (written < chunk.length) {
    const { bytesWritten } = await output.write(chunk, written, chunk.length - written, position + written);
    written += bytesWritten;
  }
}

/**
 * syncfs(2) of the file system holding `dir`, through coreutils `sync -f` (Node has no binding); where that is
 * missing or refused, every file is fsynced instead, in parallel.
 */
async function syncFileSystem(dir: string, files: readonly string[]): Promise<void> {
  const synced = await new Promise<boolean>((resolve) => {
    const child = spawn('sync', ['-f', dir], { stdio: 'ignore' });
    child.once('error', () => resolve(false));
    child.once('close', (code) => resolve(code === 0));
  });
  if (synced) return;
  await mapLimit(files, 8, async (file) => {
    const handle = await fs.open(file, O_RDONLY | O_NOFOLLOW);
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  });
}

async function syncDirectory(dir: string): Promise<void> {
  const handle = await fs.open(dir, O_RDONLY | O_DIRECTORY);
  try {
    await handle.sync();
  } catch (error) {
    // Some file systems cannot fsync a directory (EINVAL): their renames are as durable as they get.
    if (errnoOf(error) !== 'EINVAL' && errnoOf(error) !== 'ENOTSUP') throw error;
  } finally {
    await handle.close();
  }
}

/** `items` cut into `parts` contiguous shares of (nearly) equal length, in order. */
function shareOut<T>(items: readonly T[], parts: number): T[][] {
  const size = Math.ceil(items.length / parts);
  return Array.from({ length: parts }, (_, k) => items.slice(k * size, (k + 1) * size));
}

async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i]);
      }
    }),
  );
  return out;
}
