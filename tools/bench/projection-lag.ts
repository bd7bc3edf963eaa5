/**
 * `npm run bench -- projection-lag`: commit → projected, through the real ProjectionDaemon (LISTEN/NOTIFY, the
 * default slow poll as fallback) and ProjectionRunner, at a sustained write rate, on a throwaway embedded
 * PostgreSQL (fsync on).
 *
 * A writer process (`_lag-writer.ts`, its own process as an API would be) appends one event per call through the
 * real `EventStore.append` (its coalesced post-commit NOTIFY) at BENCH_EVENTS_PER_SECOND (default 500) for
 * BENCH_SECONDS (default 60), round-robin over 100 streams; this process runs only the daemon. The store
 * applies no projection inline here, so the daemon does all the work, as it does for a projection that opts out
 * of inline application. The bench projection upserts one row per event (a read model's usual cost) and notes
 * when it applied each event; the lag of an event is that moment minus the moment its append returned
 * (committed), both as epoch milliseconds (`performance.timeOrigin + performance.now()`). Prints p50 / p99 / max lag, the rate reached, and the verdict against p99 < 100 ms.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { DynamicModule, INestApplicationContext, Injectable, Module } from '@nestjs/common';
import { DiscoveryModule, NestFactory } from '@nestjs/core';
import {
  CUSTODY_CONFIG,
  DATABASE_URL,
  EmbeddedPostgresHandle,
  PlatformMetrics,
  PlatformWorkerModule,
  Projection,
  ProjectionHandler,
  ProjectionRunner,
  StoredEvent,
  createDataSource,
  loadConfig,
  runMigrations,
  startEmbeddedPostgres,
} from '@custody/platform';
import { DataSource, EntityManager } from 'typeorm';
import { fmtInt, freePort, percentile, positiveInt, table } from './_stack';

const ROOT = path.resolve(__dirname, '..', '..');
const TARGET_P99_MS = 100;
const applied = new Map<string, number>();

@Injectable()
@ProjectionHandler()
class LagProjection implements Projection {
  readonly name = 'bench_lag';
  readonly eventTypes = ['BenchLagSampled'];
  readonly inline = false;

  async apply(event: StoredEvent, m: EntityManager): Promise<void> {
    await m.query(
      `INSERT INTO bench_lag (stream_id, version) VALUES ($1, $2)
       ON CONFLICT (stream_id) DO UPDATE SET version = EXCLUDED.version`,
      [event.streamId, event.version],
    );
    applied.set(`${event.streamId}:${event.version}`, performance.timeOrigin + performance.now());
  }

  /** A batch as a read model writes it: one upsert of each stream's latest version (as AggregateStateProjection). */
  async applyAll(events: readonly StoredEvent[], m: EntityManager): Promise<void> {
    const latest = new Map(events.map((e) => [e.streamId, e.version]));
    await m.query(
      `INSERT INTO bench_lag (stream_id, version) SELECT * FROM unnest($1::text[], $2::int[])
       ON CONFLICT (stream_id) DO UPDATE SET version = EXCLUDED.version`,
      [[...latest.keys()], [...latest.values()]],
    );
    const at = performance.timeOrigin + performance.now();
    for (const e of events) applied.set(`${e.streamId}:${e.version}`, at);
  }

  async reset(m: EntityManager): Promise<void> {
    await m.query(`DELETE FROM bench_lag`);
  }
}

@Module({})
class LagBenchModule {
  static with(dataSource: DataSource, databaseUrl: string): DynamicModule {
    return {
      module: LagBenchModule,
      global: true,
      imports: [DiscoveryModule],
      providers: [
        { provide: DataSource, useValue: dataSource },
        { provide: CUSTODY_CONFIG, useValue: loadConfig({ CUSTODY_LOG_LEVEL: 'warn' }) },
        { provide: DATABASE_URL, useValue: databaseUrl },
        PlatformMetrics,
        ProjectionRunner,
        LagProjection,
      ],
      exports: [DataSource, CUSTODY_CONFIG, DATABASE_URL, PlatformMetrics, ProjectionRunner],
    };
  }
}

export async function run(args: readonly string[]): Promise<void> {
  if (args.length > 0) throw new Error(`projection-lag takes no arguments (got ${args.join(' ')})`);
  const perSecond = positiveInt('BENCH_EVENTS_PER_SECOND', 500);
  const seconds = positiveInt('BENCH_SECONDS', 60);
  const say = (m: string) => process.stdout.write(`${m}\n`);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'custody-bench-lag-'));
  fs.chmodSync(tmp, 0o755);
  const removeTmp = () => fs.rmSync(tmp, { recursive: true, force: true });
  process.once('exit', removeTmp);

  let postgres: EmbeddedPostgresHandle | undefined;
  let dataSource: DataSource | undefined;
  let app: INestApplicationContext | undefined;
  try {
    const port = await freePort();
    say(`Starting embedded PostgreSQL in ${tmp} on port ${port}`);
    postgres = await startEmbeddedPostgres({ databaseDir: path.join(tmp, 'pg'), port, database: 'bench' });
    dataSource = createDataSource(postgres.url, [], 10);
    await dataSource.initialize();
    await runMigrations(dataSource);
    await dataSource.query(`CREATE TABLE bench_lag (stream_id text PRIMARY KEY, version integer NOT NULL)`);
    @Module({ imports: [LagBenchModule.with(dataSource, postgres.url), PlatformWorkerModule] })
    class Root {}
    app = await NestFactory.createApplicationContext(Root, { logger: ['error', 'warn'] });
    await app.init();

    say(`projection-lag: ${perSecond} events/s for ${seconds} s over 100 streams; ${os.cpus().length} CPUs`);
    const writer = spawn(
      process.execPath,
      ['-r', path.join(ROOT, 'tools', 'register.js'), path.join(__dirname, '_lag-writer.ts')],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          BENCH_DATABASE_URL: postgres.url,
          BENCH_EVENTS_PER_SECOND: String(perSecond),
          BENCH_SECONDS: String(seconds),
        },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let output = '';
    writer.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => writer.once('exit', resolve));
    if (code !== 0) throw new Error(`the writer exited with code ${code}`);
    const lines = output.trim().split('\n');
    const last = lines.pop() ?? '';
    if (!last.startsWith('done '))
      throw new Error(`the writer's report is incomplete (last line: ${last.slice(0, 80)})`);
    const [, sentText, skippedText, elapsedText] = last.split(' ');
    const [sent, skipped, elapsed] = [Number(sentText), Number(skippedText), Number(elapsedText)];
    const committed = new Map(lines.map((l) => [l.split(' ')[0], Number(l.split(' ')[1])] as const));

    // Every committed event must be projected; wait (bounded) for the last ones.
    const deadline = Date.now() + 30_000;
    while ([...committed.keys()].some((k) => !applied.has(k)) && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 20));
    const missing = [...committed.keys()].filter((k) => !applied.has(k)).length;
    if (missing > 0) throw new Error(`${missing} committed events were not projected within 30 s`);

    const lags = [...committed].map(([k, at]) => Math.max(0, applied.get(k)! - at)).sort((a, b) => a - b);
    say('');
    say(
      table([
        ['events', 'rate reached /s', 'not sent (32 in flight)', 'lag p50 ms', 'lag p99 ms', 'lag max ms'],
        [
          fmtInt(sent),
          fmtInt(sent / elapsed),
          fmtInt(skipped),
          percentile(lags, 50).toFixed(1),
          percentile(lags, 99).toFixed(1),
          lags[lags.length - 1].toFixed(1),
        ],
      ]),
    );
    const p99 = percentile(lags, 99);
    say(`lag p99: ${p99.toFixed(1)} ms (target < ${TARGET_P99_MS} ms): ${p99 < TARGET_P99_MS ? 'met' : 'NOT met'}`);
  } finally {
    await app?.close().catch(() => undefined);
    if (dataSource?.isInitialized) await dataSource.destroy().catch(() => undefined);
    await postgres?.stop().catch(() => undefined);
    removeTmp();
    process.removeListener('exit', removeTmp);
  }
}
