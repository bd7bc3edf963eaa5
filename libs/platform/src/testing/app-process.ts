import { ChildProcess, spawn } from 'node:child_process';
import { AddressInfo, createServer } from 'node:net';
import * as path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const REPO_ROOT = path.resolve(__dirname, '..', '..', '..', '..');

/** A TCP port free on loopback right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface AppProcess {
  readonly child: ChildProcess;
  /** Everything the process printed so far on stdout. */
  stdout(): string;
  /** Everything the process printed so far on stderr. */
  stderr(): string;
  /** The exit code (null when killed by a signal), once it has exited. */
  readonly exited: Promise<number | null>;
}

export interface AppProcessOptions {
  /** The environment; the test process's own is passed on too unless `inheritEnv` is false. */
  readonly env: Record<string, string | undefined>;
  readonly inheritEnv?: boolean;
  /** Polled until it answers 200: the process is ready then. */
  readonly readyUrl: string;
  readonly readyTimeoutMs?: number;
}

/**
 * One of the apps (`apps/api/src/main.ts`, `apps/worker/src/main.ts`) as its own process, as an operator runs it,
 * so that a test can read its output, send it signals or kill it -9.
 */
export async function startAppProcess(entry: string, options: AppProcessOptions): Promise<AppProcess> {
  const child = spawn(process.execPath, ['-r', './tools/register.js', entry], {
    cwd: REPO_ROOT,
    env: options.inheritEnv === false ? options.env : { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const app: AppProcess = { child, stdout: () => stdout, stderr: () => stderr, exited };
  const deadline = Date.now() + (options.readyTimeoutMs ?? 120_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${entry} exited with ${child.exitCode}:\n${stderr.slice(-4000)}`);
    const ready = await fetch(options.readyUrl)
      .then((res) => res.status === 200)
      .catch(() => false);
    if (ready) return app;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${entry} did not become ready at ${options.readyUrl}:\n${stderr.slice(-4000)}`);
    }
    await sleep(100);
  }
}
