import { Worker } from 'node:worker_threads';

/**
 * The small-file copier thread's code, plain JavaScript evaluated by the thread (no build step, no loader). Through
 * the promise API a small file costs 7–8 libuv round trips on the event loop (lstat, open ×2, read ×2, write,
 * close ×2); here they are plain blocking system calls. Messages, answered in the order received:
 * - `copy`: for each file, in order, unless the shared cancel flag is set or `maxMs` has passed: lstat the final
 *   name (a file already there is answered `exists`, the adapter checks it); open the source O_NOFOLLOW, create
 *   the temp file O_EXCL, read, hash and write the whole file; answer `copied` (or `failed`, the temp removed).
 *   Ends with `copyDone` and how many files it went through (the rest are sent again).
 * - `land`: after the adapter's syncfs, renames each temp file to its final name unless a file appeared there.
 * - `sizes`: the lstat size of each path, or the first error (the adapter lists a tree's files with one readdir
 *   per folder; their sizes are one blocking lstat each here, not a thread-pool round trip each).
 */
const SMALL_FILE_COPIER_THREAD = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const { createHash } = require('node:crypto');
const { O_RDONLY, O_WRONLY, O_CREAT, O_EXCL, O_NOFOLLOW } = fs.constants;
const cancelFlag = new Int32Array(workerData.cancelFlag);
const buffer = Buffer.allocUnsafe(workerData.readBytes);
const failureOf = (error) => ({ code: error && error.code, message: String((error && error.message) || error) });

function createExclusive(temp) {
  const flags = O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW;
  try {
    return fs.openSync(temp, flags, 0o644);
  } catch (error) {
    // The name carries this process's pid: only an earlier, stopped copy of this transfer here can have left it.
    if (error.code !== 'EEXIST') throw error;
    fs.unlinkSync(temp);
    return fs.openSync(temp, flags, 0o644);
  }
}

function copyOne(file) {
  const existing = fs.lstatSync(file.to, { throwIfNoEntry: false });
  if (existing) return { kind: 'exists', index: file.index, size: existing.isFile() ? existing.size : -1 };
  const input = fs.openSync(file.from, O_RDONLY | O_NOFOLLOW);
  let output = -1;
  try {
    output = createExclusive(file.temp);
    const hash = createHash('sha256');
    let size = 0;
    for (;;) {
      const n = fs.readSync(input, buffer, 0, buffer.length, null);
      if (n === 0) break;
      const chunk = buffer.subarray(0, n);
      hash.update(chunk);
      for (let written = 0; written < n; ) written += fs.writeSync(output, chunk, written, n - written);
      size += n;
    }
    return { kind: 'copied', index: file.index, sha: hash.digest('hex'), size };
  } catch (error) {
    if (output >= 0) {
      fs.closeSync(output);
      output = -1;
      fs.rmSync(file.temp, { force: true });
    }
    throw error;
  } finally {
    if (output >= 0) fs.closeSync(output);
    fs.closeSync(input);
  }
}

function copy({ files, maxMs }) {
  const started = Date.now();
  let processed = 0;
  for (const file of files) {
    if (Atomics.load(cancelFlag, 0) !== 0) break;
    if (processed > 0 && Date.now() - started >= maxMs) break;
    try {
      parentPort.postMessage(copyOne(file));
    } catch (error) {
      parentPort.postMessage({ kind: 'failed', index: file.index, ...failureOf(error) });
    }
    processed++;
  }
  parentPort.postMessage({ kind: 'copyDone', processed });
}

function land({ items }) {
  const results = items.map((item) => {
    try {
      const existing = fs.lstatSync(item.to, { throwIfNoEntry: false });
      if (existing) {
        fs.rmSync(item.temp, { force: true });
        return { index: item.index, outcome: 'exists', size: existing.isFile() ? existing.size : -1 };
      }
      fs.renameSync(item.temp, item.to);
      return { index: item.index, outcome: 'moved' };
    } catch (error) {
      return { index: item.index, outcome: 'failed', ...failureOf(error) };
    }
  });
  parentPort.postMessage({ kind: 'landed', results });
}

function sizes({ paths }) {
  try {
    parentPort.postMessage({ kind: 'sized', sizes: paths.map((p) => fs.lstatSync(p).size) });
  } catch (error) {
    parentPort.postMessage({ kind: 'sized', failure: failureOf(error) });
  }
}

parentPort.on('message', (message) =>
  message.kind === 'copy' ? copy(message) : message.kind === 'land' ? land(message) : sizes(message),
);
`;

export interface SmallFileToCopy {
  /** The caller's own number for the file, given back in every answer about it. */
  readonly index: number;
  readonly from: string;
  readonly to: string;
  readonly temp: string;
}

export type CopiedFile =
  | { readonly kind: 'copied'; readonly index: number; readonly sha: string; readonly size: number }
  | { readonly kind: 'exists'; readonly index: number; readonly size: number }
  | { readonly kind: 'failed'; readonly index: number; readonly code?: string; readonly message: string };

export type LandedFile =
  | { readonly index: number; readonly outcome: 'moved' }
  | { readonly index: number; readonly outcome: 'exists'; readonly size: number }
  | { readonly index: number; readonly outcome: 'failed'; readonly code?: string; readonly message: string };

type ThreadMessage =
  | CopiedFile
  | { readonly kind: 'copyDone'; readonly processed: number }
  | { readonly kind: 'landed'; readonly results: LandedFile[] }
  | {
      readonly kind: 'sized';
      readonly sizes?: number[];
      readonly failure?: { readonly code?: string; readonly message: string };
    };

/** An error the thread reported, with its errno code, so the adapter maps it as it maps its own. */
export function threadError(failure: { code?: string; message: string }): Error {
  return Object.assign(new Error(failure.message), { code: failure.code });
}

/**
 * One worker thread copying small files with blocking system calls. Requests are answered in order; per-file
 * answers arrive as they happen (the adapter's counters move during a batch). `cancel` is seen between files;
 * `terminate` ends the thread at once (pending requests reject).
 */
export class SmallFileCopier {
  private readonly thread: Worker;
  private readonly cancelFlag = new Int32Array(new SharedArrayBuffer(4));
  private readonly pending: { resolve: (message: ThreadMessage) => void; reject: (error: Error) => void }[] = [];
  private onFile: (file: CopiedFile) => void = () => undefined;
  private ended: Error | null = null;

  constructor(readBytes: number) {
    this.thread = new Worker(SMALL_FILE_COPIER_THREAD, {
      eval: true,
      // Not the parent's `-r` loaders (a TypeScript register costs the thread ~300 ms to start): plain JS needs none.
      execArgv: [],
      workerData: { cancelFlag: this.cancelFlag.buffer, readBytes },
    });
    // Never holds the process open; a thread inside a blocking call ends when the call returns.
    this.thread.unref();
    this.thread.on('message', (message: ThreadMessage) => {
      if (message.kind === 'copyDone' || message.kind === 'landed' || message.kind === 'sized')
        this.pending.shift()?.resolve(message);
      else this.onFile(message);
    });
    this.thread.once('error', (error) => this.end(error));
    this.thread.once('exit', (code) => this.end(new Error(`the small-file copier thread exited (${code})`)));
  }

  /** Copies `files` to their temp names, in order, for at most `maxMs` (after the first); how many it went through. */
  async copy(files: readonly SmallFileToCopy[], maxMs: number, onFile: (file: CopiedFile) => void): Promise<number> {
    this.onFile = onFile;
    const done = await this.request({ kind: 'copy', files, maxMs });
    return done.kind === 'copyDone' ? done.processed : 0;
  }

  /** Renames durable temp files to their final names, never over a file that appeared there meanwhile. */
  async land(items: readonly { index: number; temp: string; to: string }[]): Promise<LandedFile[]> {
    const done = await this.request({ kind: 'land', items });
    return done.kind === 'landed' ? done.results : [];
  }

  /** The size of each file (lstat: a link's own), in order; rejects with the first error, as an lstat would. */
  async sizes(paths: readonly string[]): Promise<number[]> {
    const done = await this.request({ kind: 'sizes', paths });
    if (done.kind !== 'sized') return [];
    if (done.failure) throw threadError(done.failure);
    return done.sizes ?? [];
  }

  cancel(): void {
    Atomics.store(this.cancelFlag, 0, 1);
  }

  async terminate(): Promise<void> {
    this.cancel();
    this.end(new Error('the small-file copier was stopped'));
    await this.thread.terminate();
  }

  private request(message: object): Promise<ThreadMessage> {
    if (this.ended) return Promise.reject(this.ended);
    return new Promise((resolve, reject) => {
      this.pending.push({ resolve, reject });
      this.thread.postMessage(message);
    });
  }

  private end(error: Error): void {
    this.ended ??= error;
    for (const waiting of this.pending.splice(0)) waiting.reject(error);
  }
}
