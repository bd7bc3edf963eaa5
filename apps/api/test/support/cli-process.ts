import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const REPO_ROOT = path.resolve(__dirname, '..', '..', '..', '..');
export const CUSTODY_BIN = path.join(REPO_ROOT, 'apps', 'cli', 'bin', 'custody.js');

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Highest resident set size seen while it ran (sampled from /proc every 20 ms), in bytes. */
  readonly peakRssBytes: number;
}

function rssOf(pid: number): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /VmRSS:\s+(\d+) kB/.exec(status);
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Runs the installed `custody` command (apps/cli/bin/custody.js) as a child process. */
export function runCustody(
  args: readonly string[],
  options: { env?: Record<string, string>; input?: string; cwd?: string } = {},
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CUSTODY_BIN, ...args], {
      cwd: options.cwd ?? REPO_ROOT,
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let peak = 0;
    const sampler = setInterval(() => {
      if (child.pid) peak = Math.max(peak, rssOf(child.pid));
    }, 20);
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(sampler);
      resolve({ code, stdout, stderr, peakRssBytes: peak });
    });
    child.stdin.end(options.input ?? '');
  });
}

/** Runs it inside a pseudo-terminal (util-linux `script`), returning everything the terminal showed. */
export function runCustodyInTty(args: readonly string[], env: Record<string, string>): Promise<CliRun> {
  const quoted = [process.execPath, CUSTODY_BIN, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  return new Promise((resolve, reject) => {
    const child = spawn('script', ['-qfec', quoted, '/dev/null'], {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH ?? '', TERM: 'xterm-256color', COLUMNS: '160', LINES: '40', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, peakRssBytes: 0 }));
    child.stdin.end();
  });
}
