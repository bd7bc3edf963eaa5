/**
 * `npm run bench -- catalogue`: the catalogue reads at facility scale, through the real API over HTTP.
 *
 * Starts a throwaway embedded PostgreSQL and the API as its own process on it (`apps/api/src/main.ts`, which
 * runs the migrations), seeds BENCH_DATASETS datasets (default 1,000,000) with two distributions each (one
 * Verified on a reachable tier, one Registered on an archive tier) straight into the data read models in bulk
 * (`INSERT … SELECT … FROM generate_series`, in batches), VACUUM ANALYZEs them, then times sequential requests
 * over keep-alive HTTP, BENCH_REQUESTS of each (default 500, after 50 unmeasured):
 *  - GET /v1/datasets?limit=50 (the first page);
 *  - GET /v1/datasets?limit=50&cursor=… at the dataset 90% of the way in (a deep page);
 *  - GET /v1/datasets?limit=50&cursor=… at a random position each time;
 *  - GET /v1/datasets/{id}/distributions for a random dataset each time.
 * Prints p50 / p99 / max per scenario, the query plans the handlers' SQL gets, and the verdict against the
 * 50 ms p99 target. Everything (cluster, API process, temp dir) is removed at the end, also on Ctrl-C.
 *
 * Env: BENCH_DATASETS (default 1000000), BENCH_REQUESTS (default 500).
 */
import { ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { EmbeddedPostgresHandle, encodeCursor, startEmbeddedPostgres } from '@custody/platform';
import { Client } from 'pg';

const ROOT = path.resolve(__dirname, '..', '..');
const ADMIN_TOKEN = 'bench-admin-token-0123456789abcdef';
const TIER_FAST = '0190a000-0000-7000-8000-00000000f001';
const TIER_ARCHIVE = '0190a000-0000-7000-8000-00000000f002';
const BATCH = 250_000;
const WARMUP = 50;

function positiveInt(name: string, fallback: number): number {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer, got "${value}"`);
  return n;
}

/** The id of the i-th seeded dataset (1-based), as the seeding SQL writes it: ordered like registration. */
export function datasetId(i: number): string {
  const hex = `1${i.toString(16).padStart(31, '0')}`;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
const SQL_DATASET_ID = `('1' || lpad(to_hex(i), 31, '0'))::uuid`;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows
    .map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('   '))
    .join('\n');
}

async function seed(db: Client, datasets: number, say: (m: string) => void): Promise<void> {
  const tierState = (tierId: string, name: string, rootUri: string) =>
    JSON.stringify({
      exists: true,
      tierId,
      name,
      accessProtocol: 'file',
      rootUri,
      reachable: name === 'fast',
      registeredAt: '2026-01-01T00:00:00.000Z',
    });
  await db.query(
    `INSERT INTO data_tier_summary (stream_id, version, state, name, access_protocol, reachable)
     VALUES ($1, 1, $2::jsonb, 'fast', 'file', true), ($3, 1, $4::jsonb, 'archive', 'file', false)`,
    [
      TIER_FAST,
      tierState(TIER_FAST, 'fast', 'file:///data/fast'),
      TIER_ARCHIVE,
      tierState(TIER_ARCHIVE, 'archive', 'file:///archive'),
    ],
  );
  const started = performance.now();
  for (let from = 1; from <= datasets; from += BATCH) {
    const to = Math.min(datasets, from + BATCH - 1);
    await db.query(
      `INSERT INTO data_dataset_summary (dataset_id, version, title, checksum_algorithm, checksum_value, byte_size,
         intent, collected_by_asset_id, collected_by_fixture_id, collected_by, status, registered_at)
       SELECT ${SQL_DATASET_ID}, 3, 'Run ' || i || ', raw frames', 'sha256', encode(sha256(int8send(i)), 'hex'),
              4194304 + i, 'raw', '0190a000-0000-7000-8000-0000000000a1', NULL, true, 'Active',
              timestamptz '2026-01-01 00:00:00Z' + i * interval '1 second'
         FROM generate_series($1::bigint, $2::bigint) AS i`,
      [from, to],
    );
    await db.query(
      `INSERT INTO data_distribution_summary (distribution_id, version, dataset_id, tier_id, uri, checksum_algorithm,
         checksum_value, byte_size, status, last_attestation, registered_at)
       SELECT ('2' || lpad(to_hex(i * 2 + k), 31, '0'))::uuid, 1 + (1 - k), ${SQL_DATASET_ID},
              CASE k WHEN 0 THEN $3::uuid ELSE $4::uuid END,
              CASE k WHEN 0 THEN 'file:///data/fast/run-' ELSE 'file:///archive/run-' END || i || '/frames.h5',
              'sha256', encode(sha256(int8send(i)), 'hex'), 4194304 + i,
              CASE k WHEN 0 THEN 'Verified' ELSE 'Registered' END,
              CASE k WHEN 0 THEN jsonb_build_object(
                'attestationId', ('3' || lpad(to_hex(i), 31, '0'))::uuid, 'outcome', 'Match',
                'observed', jsonb_build_object('algorithm', 'sha256', 'value', encode(sha256(int8send(i)), 'hex'),
                                               'byteSize', 4194304 + i),
                'source', 'server', 'detail', NULL, 'attestedAt', '2026-01-02T00:00:00.000Z') END,
              timestamptz '2026-01-01 00:00:00Z' + i * interval '1 second'
         FROM generate_series($1::bigint, $2::bigint) AS i CROSS JOIN (VALUES (0), (1)) AS copies (k)`,
      [from, to, TIER_FAST, TIER_ARCHIVE],
    );
    say(`  seeded ${to.toLocaleString('en-US')} datasets (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  }
  await db.query('VACUUM ANALYZE data_dataset_summary');
  await db.query('VACUUM ANALYZE data_distribution_summary');
  await db.query('VACUUM ANALYZE data_tier_summary');
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

interface Scenario {
  readonly label: string;
  readonly path: () => string;
  readonly check: (body: { items: unknown[]; nextCursor: string | null }) => boolean;
}

async function time(baseUrl: string, scenario: Scenario, requests: number): Promise<number[]> {
  const headers = { authorization: `Bearer ${ADMIN_TOKEN}` };
  const samples: number[] = [];
  for (let n = 0; n < WARMUP + requests; n++) {
    const url = `${baseUrl}${scenario.path()}`;
    const started = performance.now();
    const res = await fetch(url, { headers });
    const body = (await res.json()) as { items: unknown[]; nextCursor: string | null };
    const ms = performance.now() - started;
    if (res.status !== 200 || !scenario.check(body)) {
      throw new Error(`${scenario.label}: GET ${url} answered ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
    }
    if (n >= WARMUP) samples.push(ms);
  }
  return samples.sort((a, b) => a - b);
}

export async function run(args: readonly string[]): Promise<void> {
  if (args.length > 0) throw new Error(`catalogue takes no arguments (got ${args.join(' ')}); use BENCH_DATASETS`);
  const datasets = positiveInt('BENCH_DATASETS', 1_000_000);
  const requests = positiveInt('BENCH_REQUESTS', 500);
  const say = (m: string) => process.stdout.write(`${m}\n`);

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'custody-bench-catalogue-'));
  fs.chmodSync(tmp, 0o755);
  let api: ChildProcess | undefined;
  const cleanUp = () => {
    if (api && api.exitCode === null) api.kill('SIGKILL');
    fs.rmSync(tmp, { recursive: true, force: true });
  };
  process.once('exit', cleanUp);
  let interrupted: NodeJS.Signals | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    interrupted = signal;
    if (process.listenerCount(signal) === 1) process.exit(128 + os.constants.signals[signal]);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  let postgres: EmbeddedPostgresHandle | undefined;
  let db: Client | undefined;
  try {
    const [pgPort, apiPort] = [await freePort(), await freePort()];
    const chatter: string[] = [];
    say(`Starting embedded PostgreSQL in ${tmp} on port ${pgPort}`);
    try {
      postgres = await startEmbeddedPostgres({
        databaseDir: path.join(tmp, 'pg'),
        port: pgPort,
        database: 'bench',
        log: (m) => m && chatter.push(m),
      });
    } catch (error) {
      process.stderr.write(`Embedded PostgreSQL did not start:\n${chatter.slice(-40).join('\n')}\n`);
      throw error;
    }

    say(`Starting the API on port ${apiPort}`);
    const baseUrl = `http://127.0.0.1:${apiPort}`;
    api = spawn(
      process.execPath,
      ['-r', path.join(ROOT, 'tools', 'register.js'), path.join(ROOT, 'apps/api/src/main.ts')],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          DATABASE_URL: postgres.url,
          PORT: String(apiPort),
          HOST: '127.0.0.1',
          CUSTODY_DATA_DIR: path.join(tmp, 'data'),
          CUSTODY_ADMIN_TOKEN: ADMIN_TOKEN,
          CUSTODY_LOG_LEVEL: 'warn',
        },
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    await waitReady(baseUrl, api, 120_000);

    db = new Client({ connectionString: postgres.url });
    await db.connect();
    const [settings] = (
      await db.query(`SELECT current_setting('server_version') AS version, current_setting('shared_buffers') AS sb`)
    ).rows as { version: string; sb: string }[];
    say(
      `catalogue: ${datasets.toLocaleString('en-US')} datasets × 2 distributions, ${requests} timed requests per ` +
        `scenario (after ${WARMUP} unmeasured); PostgreSQL ${settings.version} (shared_buffers=${settings.sb}); ` +
        `${os.cpus().length} CPUs, Node ${process.version}`,
    );
    say('Seeding the read models');
    await seed(db, datasets, say);
    const sizes = (
      await db.query(
        `SELECT relname, pg_size_pretty(pg_total_relation_size(oid)) AS size FROM pg_class
          WHERE relname IN ('data_dataset_summary', 'data_distribution_summary') ORDER BY relname`,
      )
    ).rows as { relname: string; size: string }[];
    say(`  ${sizes.map((s) => `${s.relname} ${s.size}`).join(', ')}`);

    const deep = Math.max(1, Math.floor(datasets * 0.9));
    const plans: string[] = [];
    for (const [label, sql, params] of [
      [
        'datasets page',
        `SELECT * FROM data_dataset_summary WHERE ($1::uuid IS NULL OR dataset_id > $1) ORDER BY dataset_id LIMIT 51`,
        [datasetId(deep)],
      ],
      [
        'dataset distributions',
        `SELECT * FROM data_distribution_summary WHERE dataset_id = $1 AND ($2::uuid IS NULL OR distribution_id > $2)
           AND ($3::text IS NULL OR status = $3) ORDER BY distribution_id LIMIT 51`,
        [datasetId(deep), null, null],
      ],
    ] as const) {
      const rows = (await db.query(`EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) ${sql}`, [...params]))
        .rows as { 'QUERY PLAN': string }[];
      const lines = rows.map((r) => r['QUERY PLAN'].trim()).filter((l) => /Scan|Cond|Filter|Sort/.test(l));
      plans.push(`  ${label}: ${lines.join(' | ')}`);
    }

    const random = (n: number) => 1 + Math.floor(Math.random() * n);
    const scenarios: Scenario[] = [
      {
        label: 'GET /v1/datasets (first page)',
        path: () => '/v1/datasets?limit=50',
        check: (b) => b.items.length === Math.min(50, datasets) && (datasets <= 50 || b.nextCursor !== null),
      },
      {
        label: `GET /v1/datasets (deep page, after dataset ${deep.toLocaleString('en-US')})`,
        path: () => `/v1/datasets?limit=50&cursor=${encodeCursor([datasetId(deep)])}`,
        check: (b) => b.items.length === Math.min(50, datasets - deep),
      },
      {
        label: 'GET /v1/datasets (a random page each time)',
        path: () => `/v1/datasets?limit=50&cursor=${encodeCursor([datasetId(random(Math.max(1, datasets - 50)))])}`,
        check: (b) => b.items.length === Math.min(50, datasets - 1),
      },
      {
        label: 'GET /v1/datasets/{id}/distributions (random dataset)',
        path: () => `/v1/datasets/${datasetId(random(datasets))}/distributions`,
        check: (b) => b.items.length === 2,
      },
    ];
    const results: { label: string; samples: number[] }[] = [];
    for (const scenario of scenarios) {
      say(`Timing ${scenario.label}`);
      results.push({ label: scenario.label, samples: await time(baseUrl, scenario, requests) });
    }

    say('');
    say('Query plans:');
    for (const p of plans) say(p);
    say('');
    say(
      table([
        ['scenario', 'p50 ms', 'p99 ms', 'max ms'],
        ...results.map((r) => [
          r.label,
          percentile(r.samples, 50).toFixed(1),
          percentile(r.samples, 99).toFixed(1),
          r.samples[r.samples.length - 1].toFixed(1),
        ]),
      ]),
    );
    const worst = Math.max(...results.map((r) => percentile(r.samples, 99)));
    say(`worst p99: ${worst.toFixed(1)} ms (target < 50 ms): ${worst < 50 ? 'met' : 'NOT met'}`);
  } catch (error) {
    if (interrupted) throw new Error(`interrupted by ${interrupted}`);
    throw error;
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    await db?.end().catch(() => undefined);
    if (api && api.exitCode === null) {
      const exited = new Promise((resolve) => api!.once('exit', resolve));
      api.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
    }
    await postgres?.stop().catch(() => undefined);
    cleanUp();
    process.removeListener('exit', cleanUp);
  }
}
