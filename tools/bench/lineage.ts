/**
 * `npm run bench -- lineage`: lineage registration and graph walks through the real API over HTTP.
 *
 * Starts a throwaway embedded PostgreSQL and the API as its own process on it, then:
 *  1. registers one pipeline the way a tracing client does (roar sends ~90 KB batches and 100 links a request):
 *     BENCH_JOBS jobs (default 2,000), BENCH_ARTIFACTS artifacts (10,000), BENCH_LINKS links (20,000), then
 *     finalize; end to end, sequential requests on keep-alive HTTP. Baseline, same run: as many
 *     `GET /v1/principals/me` requests (auth + one trivial query), so the ratio says what lineage costs on top.
 *     The request bodies are built before the clock starts. Printed beside the time: the phases, the CPU the API,
 *     PostgreSQL and this client spent (the client shares the cores), and the statements that took the most
 *     database time (pg_stat_statements). BENCH_REGISTRATIONS=n repeats the registration n times (new content each).
 *  2. seeds a graph of BENCH_EDGES edges (default 1,000,000) straight into the graph read model (pipelines of 30
 *     steps: each job used the previous step's output and its pipeline's calibration file and generated the next
 *     output), VACUUM ANALYZEs it, reads its tables and indexes into shared buffers (pg_prewarm), and times
 *     BENCH_QUERIES (500, after 50 unmeasured) depth-20 upstream walks `GET /v1/lineage/graph` from random pipeline
 *     outputs, one at a time; p50 / p99 / max, and the walk statement's mean / max inside PostgreSQL
 *     (pg_stat_statements) to tell the query from the HTTP and Node side. Baseline: the same number of
 *     `GET /v1/principals/me`.
 * Targets: registration < 3 s, walk p99 < 100 ms. Everything is removed at the end, also on Ctrl-C.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { EmbeddedPostgresHandle, startEmbeddedPostgres } from '@custody/platform';
import { Client } from 'pg';
import { freePort } from '@custody/platform/testing';
import { postJson } from './_stack';

const ROOT = path.resolve(__dirname, '..', '..');
const ADMIN_TOKEN = 'bench-admin-token-0123456789abcdef';
const WARMUP = 50;
const BATCH_BYTES = 90 * 1024;
const LINKS_PER_REQUEST = 100;
const STEPS = 30;

function positiveInt(name: string, fallback: number): number {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer, got "${value}"`);
  return n;
}

const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

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

/**
 * CPU seconds (user + system) a process and its children still running have used so far, from /proc; null
 * where there is no /proc. On a shared machine wall times swing with the neighbours' load; CPU spent does not.
 */
function cpuSeconds(rootPid: number): number | null {
  const ticksPerSecond = 100; // USER_HZ: 100 on every Linux architecture Node runs on
  const stat = (pid: number): string[] | null => {
    try {
      const text = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      return text.slice(text.lastIndexOf(')') + 2).split(' ');
    } catch {
      return null;
    }
  };
  if (stat(rootPid) === null) return null;
  let ticks = 0;
  for (const entry of fs.readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    const fields = stat(pid);
    // fields[0] is the state, [1] the parent pid, [11] utime, [12] stime (fields 3, 4, 14, 15 of proc(5))
    if (fields && (pid === rootPid || Number(fields[1]) === rootPid)) ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks / ticksPerSecond;
}

/** Splits items into request bodies of about `maxBytes` of JSON each. */
function batchesBySize<T>(items: readonly T[], maxBytes: number): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const item of items) {
    const bytes = JSON.stringify(item).length + 1;
    if (current.length > 0 && size + bytes > maxBytes) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(item);
    size += bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

// One keep-alive connection, as a tracing client holds (`postJson`: fetch's per-request CPU in this process, about
// 5 ms on the 2-core machine, sat in the measured sequential time).
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

async function register(
  baseUrl: string,
  token: string,
  counts: { jobs: number; artifacts: number; links: number },
  prefix = 'bench',
): Promise<{ ms: number; requests: number; phases: Record<string, number> }> {
  let requests = 0;
  const post = async (p: string, body: string, expected: number) => {
    requests += 1;
    const { status, text } = await postJson(`${baseUrl}${p}`, token, body, agent);
    if (status !== expected) throw new Error(`POST ${p} answered ${status}: ${text.slice(0, 300)}`);
    return JSON.parse(text) as Record<string, unknown>;
  };
  const jobs = Array.from({ length: counts.jobs }, (_, i) => ({
    jobUid: `${prefix}-job-${i}`,
    command: `python -m pipeline.step --input /data/in/${i}.h5 --output /data/out/${i}.h5 --threads 8`,
    stepNumber: i,
    startedAt: '2026-03-01T10:00:00Z',
    durationSeconds: 12.5,
    exitCode: 0,
  }));
  const artifacts = Array.from({ length: counts.artifacts }, (_, i) => ({
    hashes: [
      { algorithm: 'sha256', digest: sha256(`${prefix}-artifact-${i}`) },
      { algorithm: 'blake3', digest: sha256(`${prefix}-artifact-b3-${i}`) },
    ],
    size: 1_000_000 + i,
    sourceType: 'file',
    sourceUrl: `file:///data/pipeline/run-2026-03-01/${i}.h5`,
  }));
  const links = Array.from({ length: counts.links }, (_, i) => ({
    jobUid: `${prefix}-job-${Math.floor((i * counts.jobs) / counts.links)}`,
    direction: i % 2 === 0 ? 'input' : 'output',
    hash: { algorithm: 'sha256', digest: sha256(`${prefix}-artifact-${i % counts.artifacts}`) },
    path: `/data/pipeline/run-2026-03-01/${i % counts.artifacts}.h5`,
  }));
  // The bodies are made before the clock starts: a tracing client has its batches ready, and what is timed is
  // the API's work (the client's own CPU during the run is reported beside it).
  const inputs = links.filter((l) => l.direction === 'input').length;
  const bodies = {
    jobs: batchesBySize(jobs, BATCH_BYTES).map((batch) => JSON.stringify({ jobs: batch })),
    artifacts: batchesBySize(artifacts, BATCH_BYTES).map((batch) => JSON.stringify({ artifacts: batch })),
    links: Array.from({ length: Math.ceil(links.length / LINKS_PER_REQUEST) }, (_, i) =>
      JSON.stringify({ links: links.slice(i * LINKS_PER_REQUEST, (i + 1) * LINKS_PER_REQUEST) }),
    ),
    finalize: JSON.stringify({ expected: { jobs: counts.jobs, inputs, outputs: links.length - inputs } }),
  };
  const started = performance.now();
  const phases: Record<string, number> = {};
  let phaseStarted = started;
  const phase = (name: string) => {
    const now = performance.now();
    phases[name] = now - phaseStarted;
    phaseStarted = now;
  };
  const { sessionId } = (await post('/v1/lineage/sessions', JSON.stringify({ clientSessionId: prefix }), 201)) as {
    sessionId: string;
  };
  for (const body of bodies.jobs) await post(`/v1/lineage/sessions/${sessionId}/jobs`, body, 200);
  phase('open + jobs');
  for (const body of bodies.artifacts) await post(`/v1/lineage/sessions/${sessionId}/artifacts`, body, 200);
  phase('artifacts');
  for (const body of bodies.links) await post(`/v1/lineage/sessions/${sessionId}/links`, body, 200);
  phase('links');
  await post(`/v1/lineage/sessions/${sessionId}/finalize`, bodies.finalize, 200);
  phase('finalize');
  return { ms: performance.now() - started, requests, phases };
}

/** `requests` sequential GETs of `pathOf(i)`; the sorted latencies of the measured ones. */
async function timeGets(
  baseUrl: string,
  token: string,
  requests: number,
  pathOf: (i: number) => string,
  check: (body: unknown) => boolean,
  warmup = WARMUP,
): Promise<number[]> {
  const headers = { authorization: `Bearer ${token}` };
  const samples: number[] = [];
  for (let n = 0; n < warmup + requests; n++) {
    const url = `${baseUrl}${pathOf(n)}`;
    const started = performance.now();
    const res = await fetch(url, { headers });
    const body = (await res.json()) as unknown;
    const ms = performance.now() - started;
    if (res.status !== 200 || !check(body)) {
      throw new Error(`GET ${url} answered ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
    }
    if (n >= warmup) samples.push(ms);
  }
  return samples.sort((a, b) => a - b);
}

/** Pipelines of STEPS steps: job s used output s-1 and the pipeline's calibration file, and generated output s. */
async function seedGraph(db: Client, edges: number, say: (m: string) => void): Promise<number> {
  const pipelines = Math.max(1, Math.floor(edges / (3 * STEPS)));
  const chunk = 2_000;
  const started = performance.now();
  // Output s of pipeline p: artifact:sha256:<sha256('p:s')>; calibration: 'p:cal'; job s: job:p-s.
  const art = (key: string) => `'artifact:sha256:' || encode(sha256(convert_to(${key}, 'UTF8')), 'hex')`;
  for (let from = 0; from < pipelines; from += chunk) {
    const to = Math.min(pipelines, from + chunk) - 1;
    await db.query(
      `INSERT INTO lineage_nodes (node_id, kind, attrs)
       SELECT ${art(`p || ':' || s`)}, 'artifact', jsonb_build_object('size', 1000 + s)
         FROM generate_series($1::int, $2::int) p, generate_series(0, ${STEPS}) s
       UNION ALL
       SELECT ${art(`p || ':cal'`)}, 'artifact', '{}'::jsonb FROM generate_series($1::int, $2::int) p
       UNION ALL
       SELECT 'job:' || p || '-' || s, 'job', jsonb_build_object('jobUid', p || '-' || s, 'stepNumber', s)
         FROM generate_series($1::int, $2::int) p, generate_series(1, ${STEPS}) s`,
      [from, to],
    );
    await db.query(
      `INSERT INTO lineage_edges (down_id, up_id, kind)
       SELECT 'job:' || p || '-' || s, ${art(`p || ':' || (s - 1)`)}, 'used'
         FROM generate_series($1::int, $2::int) p, generate_series(1, ${STEPS}) s
       UNION ALL
       SELECT 'job:' || p || '-' || s, ${art(`p || ':cal'`)}, 'used'
         FROM generate_series($1::int, $2::int) p, generate_series(1, ${STEPS}) s
       UNION ALL
       SELECT ${art(`p || ':' || s`)}, 'job:' || p || '-' || s, 'generated'
         FROM generate_series($1::int, $2::int) p, generate_series(1, ${STEPS}) s`,
      [from, to],
    );
    if ((to + 1) % 10_000 < chunk || to + 1 === pipelines) {
      say(
        `  seeded ${((to + 1) * 3 * STEPS).toLocaleString('en-US')} edges (${((performance.now() - started) / 1000).toFixed(0)} s)`,
      );
    }
  }
  await db.query('VACUUM ANALYZE lineage_nodes');
  await db.query('VACUUM ANALYZE lineage_edges');
  return pipelines;
}

export async function run(args: readonly string[]): Promise<void> {
  if (args.length > 0) throw new Error(`lineage takes no arguments (got ${args.join(' ')}); use the BENCH_* variables`);
  const counts = {
    jobs: positiveInt('BENCH_JOBS', 2_000),
    artifacts: positiveInt('BENCH_ARTIFACTS', 10_000),
    links: positiveInt('BENCH_LINKS', 20_000),
  };
  const edges = positiveInt('BENCH_EDGES', 1_000_000);
  const queries = positiveInt('BENCH_QUERIES', 500);
  const repeats = positiveInt('BENCH_REGISTRATIONS', 1);
  const say = (m: string) => process.stdout.write(`${m}\n`);

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'custody-bench-lineage-'));
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
        // BENCH_PG_LOG=file keeps PostgreSQL's log (e.g. auto_explain's plans, see BENCH_PG_FLAGS) in that file.
        log: (m) => {
          if (!m) return;
          chatter.push(m);
          if (chatter.length > 200) chatter.shift();
          if (process.env.BENCH_PG_LOG) fs.appendFileSync(process.env.BENCH_PG_LOG, `${m}\n`);
        },
        postgresFlags: [
          '-c',
          'shared_preload_libraries=pg_stat_statements',
          '-c',
          'pg_stat_statements.track=all',
          '-c',
          'pg_stat_statements.track_planning=on',
          // e.g. BENCH_PG_FLAGS="-c session_preload_libraries=auto_explain -c auto_explain.log_min_duration=5
          //   -c auto_explain.log_analyze=on" with BENCH_PG_LOG=file (the start waits for the log on stderr: no
          //   logging_collector)
          ...(process.env.BENCH_PG_FLAGS ?? '').split(' ').filter(Boolean),
        ],
      });
    } catch (error) {
      process.stderr.write(`Embedded PostgreSQL did not start:\n${chatter.slice(-40).join('\n')}\n`);
      throw error;
    }
    say(`Starting the API on port ${apiPort}`);
    const baseUrl = `http://127.0.0.1:${apiPort}`;
    api = spawn(
      process.execPath,
      [
        // e.g. BENCH_API_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" to profile the API (Node refuses it in NODE_OPTIONS)
        ...(process.env.BENCH_API_NODE_ARGS ?? '').split(' ').filter(Boolean),
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
          CUSTODY_LOG_LEVEL: 'warn',
        },
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    await waitReady(baseUrl, api, 120_000);
    const created = await fetch(`${baseUrl}/v1/principals`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'bench-tracer', roles: ['worker'] }),
    });
    const { token } = (await created.json()) as { token: string };
    say(
      `lineage: ${os.cpus().length} CPUs, Node ${process.version}; registration of ${counts.jobs.toLocaleString('en-US')} jobs, ` +
        `${counts.artifacts.toLocaleString('en-US')} artifacts, ${counts.links.toLocaleString('en-US')} links`,
    );

    // A small warm-up session so the first timed request does not pay for lazy initialisation.
    await register(baseUrl, token, { jobs: 10, artifacts: 10, links: 10 }, 'warm-up');
    const postmasterPid = Number(fs.readFileSync(path.join(tmp, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
    db = new Client({ connectionString: postgres.adminUrl });
    await db.connect();
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_stat_statements`);
    const registrations: { ms: number; requests: number; phases: Record<string, number>; cpu: string[] }[] = [];
    let statements: { calls: string; ms: string; plan: string; rows: string; query: string }[] = [];
    let totals = { calls: '0', ms: '0', plan: '0' };
    for (let round = 0; round < repeats; round++) {
      await db.query(`SELECT pg_stat_statements_reset()`);
      const cpuBefore = [cpuSeconds(api.pid!), cpuSeconds(postmasterPid)];
      const clientBefore = process.cpuUsage();
      const registration = await register(baseUrl, token, counts, `bench-${round}`);
      const client = process.cpuUsage(clientBefore);
      const cpuAfter = [cpuSeconds(api.pid!), cpuSeconds(postmasterPid)];
      const cpu = cpuBefore.map((before, i) =>
        before === null || cpuAfter[i] === null ? 'n/a' : `${(cpuAfter[i]! - before).toFixed(2)} s`,
      );
      cpu.push(`${((client.user + client.system) / 1e6).toFixed(2)} s`);
      registrations.push({ ...registration, cpu });
      if (round === 0) {
        statements = (
          await db.query(
            `SELECT calls::text, round(total_exec_time::numeric, 0)::text AS ms,
                    round(total_plan_time::numeric, 0)::text AS plan, rows::text,
                    left(regexp_replace(query, '\\s+', ' ', 'g'), 110) AS query
               FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
              ORDER BY total_exec_time + total_plan_time DESC LIMIT 10`,
          )
        ).rows as typeof statements;
        [totals] = (
          await db.query(
            `SELECT sum(calls)::text AS calls, round(sum(total_exec_time)::numeric, 0)::text AS ms,
                    round(sum(total_plan_time)::numeric, 0)::text AS plan
               FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())`,
          )
        ).rows as (typeof totals)[];
      }
    }
    await db.end();
    db = undefined;
    const registration = registrations[0];
    const baselineCpuBefore = cpuSeconds(api.pid!);
    const baselineSamples = await timeGets(
      baseUrl,
      token,
      registration.requests,
      () => '/v1/principals/me',
      () => true,
      0,
    );
    const baselineMs = baselineSamples.reduce((a, b) => a + b, 0);
    // What the API spends on as many requests that do almost nothing: its per-request floor (HTTP, auth, logging).
    const baselineCpu = cpuSeconds(api.pid!);
    const baselineApiCpu =
      baselineCpuBefore === null || baselineCpu === null ? 'n/a' : `${(baselineCpu - baselineCpuBefore).toFixed(2)} s`;

    db = new Client({ connectionString: postgres.url });
    await db.connect();
    say(`Seeding a graph of ${edges.toLocaleString('en-US')} edges`);
    const pipelines = await seedGraph(db, edges, say);
    const [{ n }] = (await db.query(`SELECT count(*)::int AS n FROM lineage_edges`)).rows as { n: number }[];
    const starts = Array.from({ length: WARMUP + queries }, () => {
      const p = Math.floor(Math.random() * pipelines);
      return `artifact:sha256:${sha256(`${p}:${STEPS}`)}`;
    });
    const plan = (
      await db.query(
        `EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF)
         SELECT e.up_id FROM lineage_edges e WHERE e.down_id = $1`,
        [starts[0]],
      )
    ).rows.map((r: { 'QUERY PLAN': string }) => r['QUERY PLAN'].trim());
    // A warmed cache: the graph's tables and indexes are read into shared buffers before the first walk, so the
    // figures are the walk's, not the first touch of each page (the warm-up walks reach only a few of them).
    const admin = new Client({ connectionString: postgres.adminUrl });
    await admin.connect();
    await admin.query(`CREATE EXTENSION IF NOT EXISTS pg_prewarm`);
    const [{ pages }] = (
      await admin.query(
        `SELECT sum(pg_prewarm(c.oid))::int AS pages FROM pg_class c
          WHERE c.relname IN ('lineage_edges', 'lineage_edges_pkey', 'lineage_edges_up', 'lineage_nodes', 'lineage_nodes_pkey')`,
      )
    ).rows as { pages: number }[];
    say(`Timing ${queries} depth-20 upstream walks on ${n.toLocaleString('en-US')} edges (${pages} pages prewarmed)`);
    let reached = 0;
    const walkPath = (i: number) =>
      `/v1/lineage/graph?node=${encodeURIComponent(starts[i])}&direction=upstream&depth=20`;
    const reachedMany = (body: unknown) => {
      const nodes = (body as { nodes: unknown[] }).nodes;
      reached = nodes.length;
      return nodes.length > 20;
    };
    await timeGets(baseUrl, token, WARMUP, walkPath, reachedMany, 0);
    await admin.query(`SELECT pg_stat_statements_reset()`);
    const walks = await timeGets(baseUrl, token, queries, (i) => walkPath(WARMUP + i), reachedMany, 0);
    // The database's share of each walk: pg_stat_statements reset after the warm-up, read after the measured walks.
    const walkSql = (
      await admin.query(
        `SELECT calls::int, mean_exec_time AS mean, max_exec_time AS max, stddev_exec_time AS stddev
           FROM pg_stat_statements WHERE query ILIKE '%WITH RECURSIVE%' AND calls >= $1
          ORDER BY calls DESC LIMIT 1`,
        [queries],
      )
    ).rows as { calls: number; mean: number; max: number; stddev: number }[];
    await admin.end();
    const me = await timeGets(
      baseUrl,
      token,
      queries,
      () => '/v1/principals/me',
      () => true,
    );

    say('');
    say(`edge step plan: ${plan.join(' | ')}`);
    say(
      'Database time of the first registration (pg_stat_statements, top 10: calls, execution ms, planning ms, rows, statement):',
    );
    for (const s of statements) {
      say(`  ${s.calls.padStart(6)} ${s.ms.padStart(6)} ${s.plan.padStart(5)} ${s.rows.padStart(7)}  ${s.query}`);
    }
    say(`  all statements: ${totals.calls} calls, ${totals.ms} ms executing, ${totals.plan} ms planning`);
    for (const r of registrations) {
      say(
        `registration: ${(r.ms / 1000).toFixed(2)} s for ${r.requests} requests ` +
          `(target < 3 s: ${r.ms < 3000 ? 'met' : 'NOT met'}); baseline ${registration.requests} × GET /v1/principals/me ` +
          `${(baselineMs / 1000).toFixed(2)} s; ratio ${(r.ms / baselineMs).toFixed(1)}×`,
      );
      say(
        `  of which ${Object.entries(r.phases)
          .map(([name, ms]) => `${name} ${(ms / 1000).toFixed(2)} s`)
          .join(', ')}; CPU used: API ${r.cpu[0]} (baseline's ${baselineApiCpu}), PostgreSQL ${r.cpu[1]}, ` +
          `bench client ${r.cpu[2]}`,
      );
    }
    say(
      `graph walk (depth 20 upstream, ${reached} nodes each): p50 ${percentile(walks, 50).toFixed(1)} ms, p99 ` +
        `${percentile(walks, 99).toFixed(1)} ms, max ${walks[walks.length - 1].toFixed(1)} ms (target p99 < 100 ms: ` +
        `${percentile(walks, 99) < 100 ? 'met' : 'NOT met'}); in PostgreSQL (the walk statement, ${walkSql[0]?.calls ?? 0} ` +
        `calls): mean ${walkSql[0]?.mean.toFixed(1) ?? 'n/a'} ms, stddev ${walkSql[0]?.stddev.toFixed(1) ?? 'n/a'} ms, ` +
        `max ${walkSql[0]?.max.toFixed(1) ?? 'n/a'} ms; baseline GET /v1/principals/me p50 ` +
        `${percentile(me, 50).toFixed(1)} ms, p99 ${percentile(me, 99).toFixed(1)} ms; ratio p50 ` +
        `${(percentile(walks, 50) / percentile(me, 50)).toFixed(1)}×, p99 ${(percentile(walks, 99) / percentile(me, 99)).toFixed(1)}×`,
    );
  } catch (error) {
    if (interrupted) throw new Error(`interrupted by ${interrupted}`);
    throw error;
  } finally {
    agent.destroy();
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
