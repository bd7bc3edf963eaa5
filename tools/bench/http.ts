/**
 * `npm run bench -- http`: what the API serves per second at 32 connections, side by side in one run on one
 * throwaway embedded PostgreSQL, against the two limits a command path can reach:
 *  - PostgreSQL's durable-commit rate: 32 raw clients each running one-row `INSERT` in autocommit (group commit);
 *  - what this Node process serves at all with auth and logging: `GET /v1/principals/me`.
 * Then `GET /health/live`, `POST /v1/families` (one event), `GET /v1/families?limit=50`, the ratios the issue
 * asks for, and the statements that took the most database time during the command phase (pg_stat_statements).
 * The API runs as its own process with its default logging (info, one line per request, to /dev/null).
 *
 * Beside each phase, the CPU one request cost the API and PostgreSQL (from /proc): on a shared machine rates swing
 * with the neighbours' load, the CPU a request costs much less.
 *
 * Env: BENCH_SECONDS per phase (default 15), BENCH_CONNECTIONS (default 32); BENCH_CPU_PROF=<dir> writes a
 * --cpu-prof of the API.
 */
import * as os from 'node:os';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { LoadResult, cpuBetween, fmtInt, load, positiveInt, startStack, table } from './_stack';

const COMMAND = 'POST /v1/families (one event)';
const LIST = 'GET /v1/families?limit=50';

async function rawCommits(databaseUrl: string, connections: number, seconds: number): Promise<number> {
  const clients = await Promise.all(
    Array.from({ length: connections }, async () => {
      const c = new Client({ connectionString: databaseUrl });
      await c.connect();
      return c;
    }),
  );
  await clients[0].query(`CREATE TABLE IF NOT EXISTS bench_commit (id bigserial PRIMARY KEY, v text NOT NULL)`);
  let commits = 0;
  const started = performance.now();
  const until = started + seconds * 1000;
  await Promise.all(
    clients.map(async (c, i) => {
      while (performance.now() < until) {
        await c.query(`INSERT INTO bench_commit (v) VALUES ($1)`, [`client-${i}`]);
        commits += 1;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  await Promise.all(clients.map((c) => c.end()));
  return commits / elapsed;
}

export async function run(args: readonly string[]): Promise<void> {
  if (args.length > 0) throw new Error(`http takes no arguments (got ${args.join(' ')}); use BENCH_SECONDS`);
  const seconds = positiveInt('BENCH_SECONDS', 15);
  const connections = positiveInt('BENCH_CONNECTIONS', 32);
  const say = (m: string) => process.stdout.write(`${m}\n`);
  const stack = await startStack('http', say);
  try {
    await stack.startApi({ CUSTODY_LOG_LEVEL: process.env.CUSTODY_LOG_LEVEL ?? 'info' });
    const db = await stack.adminDb();
    const [settings] = (
      await db.query(`SELECT current_setting('server_version') AS version, current_setting('fsync') AS fsync`)
    ).rows as { version: string; fsync: string }[];
    say(
      `http: ${connections} connections, ${seconds} s per phase; PostgreSQL ${settings.version} (fsync=${settings.fsync}); ` +
        `${os.cpus().length} CPUs, Node ${process.version}`,
    );
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_stat_statements`);

    // Warm-up: JIT, pools, plans.
    await load(stack.baseUrl, { path: '/v1/principals/me', connections, seconds: 2 });
    await load(stack.baseUrl, {
      path: '/v1/families',
      method: 'POST',
      body: { name: 'warm-up' },
      connections,
      seconds: 2,
    });

    const rows: { label: string; result: LoadResult; cpu?: { api: number; postgres: number } }[] = [];
    const phase = async (label: string, run: () => Promise<LoadResult>) => {
      say(`  ${label} …`);
      const before = stack.cpuSnapshot();
      const result = await run();
      const after = stack.cpuSnapshot();
      if (result.errors > 0 || result.non2xx > 0)
        throw new Error(`${label}: ${result.errors} errors, ${result.non2xx} non-2xx answers`);
      const requests = result.rps * seconds;
      const spent = before && after ? cpuBetween(before, after) : undefined;
      const cpu = spent && { api: (spent.api * 1000) / requests, postgres: (spent.postgres * 1000) / requests };
      rows.push({ label, result, cpu });
      return result;
    };

    say(`  32 raw one-row INSERT clients (autocommit) …`);
    const raw = await rawCommits(stack.databaseUrl, connections, seconds);
    const live = await phase('GET /health/live', () =>
      load(stack.baseUrl, { path: '/health/live', connections, seconds }),
    );
    const me = await phase('GET /v1/principals/me', () =>
      load(stack.baseUrl, { path: '/v1/principals/me', connections, seconds }),
    );
    await db.query(`SELECT pg_stat_statements_reset()`);
    const command = await phase(COMMAND, () =>
      load(stack.baseUrl, {
        path: '/v1/families',
        method: 'POST',
        body: { name: 'Area detectors' },
        connections,
        seconds,
      }),
    );
    const statements = (
      await db.query(
        `SELECT calls, round(total_exec_time::numeric, 0) AS ms, round(mean_exec_time::numeric, 3) AS mean,
                left(regexp_replace(query, '\\s+', ' ', 'g'), 90) AS query
           FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
          ORDER BY total_exec_time DESC LIMIT 8`,
      )
    ).rows as { calls: string; ms: string; mean: string; query: string }[];
    const list = await phase(LIST, () => load(stack.baseUrl, { path: '/v1/families?limit=50', connections, seconds }));
    const [{ events }] = (await db.query(`SELECT count(*)::int AS events FROM events`)).rows as { events: number }[];
    void live;

    say('');
    say(`history: ${fmtInt(events)} events`);
    say('');
    say(
      table([
        ['request', 'rps', 'p50 / p99 ms', 'CPU ms per request: API / PostgreSQL'],
        ['32 raw INSERT clients (commits/s)', fmtInt(raw), '—', '—'],
        ...rows.map((r) => [
          r.label,
          fmtInt(r.result.rps),
          `${r.result.p50} / ${r.result.p99}`,
          r.cpu ? `${r.cpu.api.toFixed(2)} / ${r.cpu.postgres.toFixed(2)}` : '—',
        ]),
      ]),
    );
    const commandLimit = Math.min(raw, me.rps);
    const ratios = [
      ['list rps / me rps (target ≥ 0.5)', list.rps / me.rps, list.rps / me.rps >= 0.5],
      [
        `command rps / min(raw ${fmtInt(raw)}, me ${fmtInt(me.rps)}) (target ≥ 0.5)`,
        command.rps / commandLimit,
        command.rps / commandLimit >= 0.5,
      ],
      ['command p99 ms (target < 100)', command.p99, command.p99 < 100],
    ] as const;
    say('');
    say(
      table([
        ['ratio', 'value', 'verdict'],
        ...ratios.map(([label, value, ok]) => [label, value.toFixed(2), ok ? 'met' : 'NOT met']),
      ]),
    );
    // The same ratios from the CPU a request costs (API + PostgreSQL): what the rps ratios would be on a machine
    // the bench had to itself, with both processes CPU-bound.
    const cpuOf = (label: string) => {
      const cpu = rows.find((r) => r.label === label)?.cpu;
      return cpu && cpu.api + cpu.postgres;
    };
    const [meCpu, commandCpu, listCpu] = [cpuOf('GET /v1/principals/me'), cpuOf(COMMAND), cpuOf(LIST)];
    if (meCpu && commandCpu && listCpu) {
      say('');
      say(
        table([
          ['from CPU per request (API + PostgreSQL)', 'value'],
          ['me CPU / list CPU (≈ list rps / me rps when CPU-bound)', (meCpu / listCpu).toFixed(2)],
          ['me CPU / command CPU (≈ command rps / me rps when CPU-bound)', (meCpu / commandCpu).toFixed(2)],
        ]),
      );
    }
    say('');
    say('Database time during the command phase (pg_stat_statements, top 8):');
    say(
      table([
        ['statement', 'calls', 'total ms', 'mean ms'],
        ...statements.map((s) => [s.query, fmtInt(Number(s.calls)), s.ms, s.mean]),
      ]),
    );
  } finally {
    await stack.close();
  }
}
