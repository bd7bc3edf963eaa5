/**
 * What the HTTP benches share: a throwaway embedded PostgreSQL (pg_stat_statements preloaded) and the API as its
 * own process on it, removed at the end (also on Ctrl-C), plus autocannon and table helpers.
 */
import { ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import autocannon from 'autocannon';
import { EmbeddedPostgresHandle, startEmbeddedPostgres } from '@custody/platform';
import { Client } from 'pg';
import { freePort } from '@custody/platform/testing';

export { freePort };

const ROOT = path.resolve(__dirname, '..', '..');
export const ADMIN_TOKEN = 'bench-admin-token-0123456789abcdef';

export function positiveInt(name: string, fallback: number): number {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer, got "${value}"`);
  return n;
}

export function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows
    .map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('   '))
    .join('\n');
}

export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export const fmtInt = (n: number): string => Math.round(n).toLocaleString('en-US');

export interface Stack {
  readonly databaseUrl: string;
  readonly baseUrl: string;
  readonly tmp: string;
  /** Starts the API (again) with these extra environment variables. */
  startApi(env?: Record<string, string>): Promise<void>;
  stopApi(): Promise<void>;
  db(): Promise<Client>;
  /** A client as the cluster superuser: for what the service role may not do (pg_stat_statements). */
  adminDb(): Promise<Client>;
  /**
   * CPU used so far by the API process and by each PostgreSQL process of this stack (Linux /proc; undefined
   * elsewhere); `cpuBetween` turns two of them into CPU seconds. On a shared machine the rate a phase reaches
   * swings with the neighbours' load; the CPU a request costs does not.
   */
  cpuSnapshot(): CpuSnapshot | undefined;
  close(): Promise<void>;
}

async function waitReady(baseUrl: string, api: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (api.exitCode !== null) throw new Error(`the API exited with code ${api.exitCode}`);
    try {
      if ((await fetch(`${baseUrl}/health/ready`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the API did not become ready in time');
}

export async function startStack(name: string, say: (m: string) => void): Promise<Stack> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `custody-bench-${name}-`));
  fs.chmodSync(tmp, 0o755);
  let api: ChildProcess | undefined;
  const clients: Client[] = [];
  const cleanUp = () => {
    if (api && api.exitCode === null) api.kill('SIGKILL');
    fs.rmSync(tmp, { recursive: true, force: true });
  };
  process.once('exit', cleanUp);
  const onSignal = (signal: NodeJS.Signals) => {
    if (process.listenerCount(signal) === 1) process.exit(128 + os.constants.signals[signal]);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const [pgPort, apiPort] = [await freePort(), await freePort()];
  const chatter: string[] = [];
  say(`Starting embedded PostgreSQL in ${tmp} on port ${pgPort}`);
  let postgres: EmbeddedPostgresHandle;
  try {
    postgres = await startEmbeddedPostgres({
      databaseDir: path.join(tmp, 'pg'),
      port: pgPort,
      database: 'bench',
      log: (m) => m && chatter.push(m),
      postgresFlags: ['-c', 'shared_preload_libraries=pg_stat_statements', '-c', 'pg_stat_statements.track=all'],
    });
  } catch (error) {
    process.stderr.write(`Embedded PostgreSQL did not start:\n${chatter.slice(-40).join('\n')}\n`);
    cleanUp();
    throw error;
  }
  const baseUrl = `http://127.0.0.1:${apiPort}`;

  const stopApi = async () => {
    if (api && api.exitCode === null) {
      const exited = new Promise((resolve) => api!.once('exit', resolve));
      api.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
    }
    api = undefined;
  };
  return {
    databaseUrl: postgres.url,
    baseUrl,
    tmp,
    async startApi(env = {}) {
      await stopApi();
      api = spawn(
        process.execPath,
        [
          ...(process.env.BENCH_CPU_PROF ? [`--cpu-prof`, `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : []),
          '-r',
          path.join(ROOT, 'tools', 'register.js'),
          path.join(ROOT, 'apps/api/src/main.ts'),
        ],
        {
          cwd: ROOT,
          env: {
            ...process.env,
            DATABASE_URL: postgres.url,
            PORT: String(apiPort),
            HOST: '127.0.0.1',
            CUSTODY_DATA_DIR: path.join(tmp, 'data'),
            CUSTODY_ADMIN_TOKEN: ADMIN_TOKEN,
            ...env,
          },
          // The API's request log goes to /dev/null: it is produced (and costs what it costs), not kept.
          stdio: ['ignore', 'ignore', 'inherit'],
        },
      );
      await waitReady(baseUrl, api, 120_000);
    },
    stopApi,
    async db() {
      const client = new Client({ connectionString: postgres.url });
      await client.connect();
      clients.push(client);
      return client;
    },
    cpuSnapshot() {
      if (!api?.pid || !fs.existsSync('/proc/self/stat')) return undefined;
      const processes = readProcesses();
      const under = (pid: number, ancestor: number): boolean => {
        for (let p = pid; p > 1; p = processes.get(p)?.ppid ?? 0) if (p === ancestor) return true;
        return false;
      };
      const postgres = new Map<number, number>();
      for (const [pid, info] of processes) {
        if (/^(postgres|postmaster)/.test(info.comm) && under(pid, process.pid)) postgres.set(pid, info.ticks);
      }
      return { api: processes.get(api.pid)?.ticks ?? 0, postgres };
    },
    async adminDb() {
      const client = new Client({ connectionString: postgres.adminUrl });
      await client.connect();
      clients.push(client);
      return client;
    },
    async close() {
      process.removeListener('SIGINT', onSignal);
      process.removeListener('SIGTERM', onSignal);
      for (const c of clients) await c.end().catch(() => undefined);
      await stopApi();
      await postgres.stop().catch(() => undefined);
      cleanUp();
      process.removeListener('exit', cleanUp);
    },
  };
}

/** Clock ticks (utime + stime) of the API and of each PostgreSQL process, by pid. */
export interface CpuSnapshot {
  readonly api: number;
  readonly postgres: ReadonlyMap<number, number>;
}

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** CPU seconds spent between two snapshots; a PostgreSQL process that ended meanwhile counts what it had done. */
export function cpuBetween(before: CpuSnapshot, after: CpuSnapshot): { api: number; postgres: number } {
  const pids = new Set([...before.postgres.keys(), ...after.postgres.keys()]);
  let postgres = 0;
  for (const pid of pids) {
    const [was, is] = [before.postgres.get(pid) ?? 0, after.postgres.get(pid)];
    // Ended: its last ticks are gone with it; count nothing rather than a negative.
    if (is !== undefined) postgres += is - was;
  }
  return { api: (after.api - before.api) / TICKS_PER_SECOND, postgres: postgres / TICKS_PER_SECOND };
}

/** pid → parent, command name and utime + stime in clock ticks, from /proc/<pid>/stat. */
function readProcesses(): Map<number, { ppid: number; comm: string; ticks: number }> {
  const processes = new Map<number, { ppid: number; comm: string; ticks: number }>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      const fields = stat.slice(close + 2).split(' ');
      processes.set(Number(entry), {
        comm: stat.slice(stat.indexOf('(') + 1, close),
        ppid: Number(fields[1]),
        ticks: Number(fields[11]) + Number(fields[12]),
      });
    } catch {
      // the process ended meanwhile
    }
  }
  return processes;
}

export interface LoadResult {
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  readonly errors: number;
  readonly non2xx: number;
}

/** Drives `path` with autocannon over keep-alive connections; every answer must be 2xx. */
export async function load(
  baseUrl: string,
  options: { path: string; method?: 'GET' | 'POST'; body?: unknown; connections: number; seconds: number },
): Promise<LoadResult> {
  const result = await autocannon({
    url: `${baseUrl}${options.path}`,
    method: options.method ?? 'GET',
    connections: options.connections,
    duration: options.seconds,
    headers: {
      authorization: `Bearer ${ADMIN_TOKEN}`,
      ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

/**
 * Paces `fire` at `perSecond` until stopped: background writes while something else is measured. At most
 * `maxInFlight` at once: when the server falls behind, the rate it reached is reported (`sent` over the time),
 * not an ever-growing pile of connections.
 */
export function pace(
  perSecond: number,
  fire: () => Promise<unknown>,
  maxInFlight = 32,
): { stop(): Promise<{ sent: number; failed: number; skipped: number; firstError?: string }> } {
  let sent = 0;
  let failed = 0;
  let skipped = 0;
  let firstError: string | undefined;
  const inFlight = new Set<Promise<unknown>>();
  const started = Date.now();
  const timer = setInterval(() => {
    const due = Math.floor(((Date.now() - started) / 1000) * perSecond) - sent - skipped;
    for (let i = 0; i < due; i++) {
      if (inFlight.size >= maxInFlight) {
        skipped += 1;
        continue;
      }
      sent += 1;
      const p: Promise<unknown> = fire()
        .catch((error: unknown) => {
          failed += 1;
          firstError ??= error instanceof Error ? error.message : String(error);
        })
        .finally(() => inFlight.delete(p));
      inFlight.add(p);
    }
  }, 5);
  return {
    async stop() {
      clearInterval(timer);
      await Promise.all(inFlight);
      return { sent, failed, skipped, firstError };
    },
  };
}

/**
 * POSTs a JSON body over `agent`'s kept-alive sockets with node:http, not fetch: fetch costs the bench process,
 * which shares the cores with the API and PostgreSQL, several milliseconds of CPU a request (issues 10, 11).
 */
export function postJson(
  url: string,
  token: string,
  body: string,
  agent: http.Agent,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const payload = Buffer.from(body);
    const req = http.request(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          'content-length': payload.length,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}
