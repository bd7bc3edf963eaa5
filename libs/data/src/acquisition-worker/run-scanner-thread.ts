import { Worker } from 'node:worker_threads';

/**
 * The run scanner thread's code, plain JavaScript evaluated by the thread (no build step, no loader). A scan of a
 * run is one readdir per folder and one lstat per file: through the promise API that is a thread-pool round trip
 * per file on the event loop (10,000 files: ~0.3 s of the main thread, competing with a copy running beside it);
 * here they are plain blocking system calls (~0.05 s). Answers, in the order asked: `{ id, exists, files }`, the
 * files sorted by path bytewise, or `{ id, code, message }`.
 */
const RUN_SCANNER_THREAD = `
const { parentPort } = require('node:worker_threads');
const fs = require('node:fs');
const path = require('node:path');

function scan(dir) {
  const found = [];
  const walk = (abs, rel) => {
    for (const entry of fs.readdirSync(abs, { withFileTypes: true })) {
      const childAbs = path.join(abs, entry.name);
      const childRel = rel ? rel + '/' + entry.name : entry.name;
      if (entry.isDirectory()) walk(childAbs, childRel);
      else if (entry.isFile()) found.push({ abs: childAbs, rel: childRel });
    }
  };
  try {
    if (!fs.statSync(dir).isDirectory()) return { exists: false, files: [] };
    walk(dir, '');
  } catch (error) {
    if (error.code === 'ENOENT') return { exists: false, files: [] };
    throw error;
  }
  const files = [];
  for (const f of found) {
    // Removed since the listing: the run simply does not hold it; replaced by something else: only files count.
    const s = fs.lstatSync(f.abs, { bigint: true, throwIfNoEntry: false });
    if (s && s.isFile()) files.push({ path: f.rel, size: Number(s.size), mtimeNs: s.mtimeNs });
  }
  // Bytewise order, each path encoded once (not twice per comparison: 10,000 files are ~260,000 encodings).
  const keyed = files.map((f) => ({ f, key: Buffer.from(f.path) }));
  keyed.sort((a, b) => Buffer.compare(a.key, b.key));
  return { exists: true, files: keyed.map((k) => k.f) };
}

parentPort.on('message', ({ id, dir }) => {
  try {
    parentPort.postMessage({ id, ...scan(dir) });
  } catch (error) {
    parentPort.postMessage({ id, code: error && error.code, message: String((error && error.message) || error) });
  }
});
`;

export interface ScannedFile {
  readonly path: string;
  readonly size: number;
  readonly mtimeNs: bigint;
}

type Answer =
  | { readonly id: number; readonly exists: boolean; readonly files: ScannedFile[] }
  | { readonly id: number; readonly code?: string; readonly message: string };

/**
 * An idle thread ends after this long (it starts again in ~30 ms, more on a busy host): longer than the default
 * rescan period, so a worker with runs to watch keeps one; no idle thread lingers per test file.
 */
const IDLE_MS = 10_000;

/**
 * One worker thread scanning run folders with blocking calls, started when first asked and ended when idle. Scans
 * queue in the thread in the order asked. Idle, the thread is unref'd: it never holds the process open.
 */
export class RunScannerThread {
  private thread: Worker | null = null;
  private nextId = 0;
  private readonly pending = new Map<
    number,
    { resolve: (r: { exists: boolean; files: ScannedFile[] }) => void; reject: (e: Error) => void }
  >();
  private idleTimer: NodeJS.Timeout | null = null;

  scan(dir: string): Promise<{ exists: boolean; files: ScannedFile[] }> {
    const thread = this.started();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      // Held while a scan is under way (a script awaiting only a scan must not exit before it), idle unref'd.
      thread.ref();
      thread.postMessage({ id, dir });
    });
  }

  private started(): Worker {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    if (this.thread) return this.thread;
    // Not the parent's `-r` loaders (a TypeScript register costs a thread ~300 ms to start): plain JS needs none.
    const thread = new Worker(RUN_SCANNER_THREAD, { eval: true, execArgv: [] });
    thread.on('message', (answer: Answer) => {
      const waiting = this.pending.get(answer.id);
      this.pending.delete(answer.id);
      if (waiting) {
        if ('files' in answer) waiting.resolve({ exists: answer.exists, files: answer.files });
        else waiting.reject(Object.assign(new Error(answer.message), { code: answer.code }));
      }
      if (this.pending.size === 0 && this.thread === thread) {
        thread.unref();
        this.idleLater(thread);
      }
    });
    const ended = (error: Error) => {
      if (this.thread !== thread) return;
      this.thread = null;
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    };
    thread.once('error', ended);
    thread.once('exit', (code) => ended(new Error(`the run scanner thread exited (${code})`)));
    this.thread = thread;
    return thread;
  }

  private idleLater(thread: Worker): void {
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null;
      if (this.thread !== thread || this.pending.size > 0) return;
      this.thread = null;
      void thread.terminate();
    }, IDLE_MS);
    this.idleTimer.unref();
  }
}
