/**
 * `npm run scale`: a facility on one machine. As root it builds network namespaces (a core one for PostgreSQL
 * and two API instances, one per edge host for its worker), loads it with materializations and acquisitions over
 * REST, kills workers, an API instance and PostgreSQL while it runs, and checks that nothing was lost or done
 * twice. The outer process owns the namespaces (removed at the end, after a failure, or on Ctrl-C); the driver
 * runs inside the core namespace.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Command } from 'commander';
import { Client } from 'pg';
import { buildWorker } from '../build/build-worker';
import { FacilityPostgres, ManagedProcess } from './cluster';
import { FacilityClient, Random, digestTreeOnDisk, planTree, writeTree } from './load';
import { AcquisitionFact, MaterializationFact, buildReport, formatReport, percentile } from './report';
import { Topology, assertNetnsAvailable, buildTopology, planTopology, removeTopology } from './topology';

interface Options {
  hosts: number;
  materializations: number;
  acquisitions: number;
  killEveryMs: number;
  json?: string;
  seed: number;
  drainTimeoutMs: number;
  leaseSeconds: number;
  minUptimeMs: number;
  probes?: number;
  probeEveryMs: number;
  maxDown: number;
  keep: boolean;
  standbys: number;
  driver?: string;
}

const int = (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new Error(`not a non-negative integer: ${v}`);
  return n;
};

function parse(argv: string[]): Options {
  const program = new Command('scale')
    .option('--hosts <n>', 'edge hosts (network namespaces), one worker each', int, 8)
    .option('--materializations <n>', 'materializations of small datasets to submit', int, 1000)
    .option('--acquisitions <n>', 'acquisitions written into the hosts’ staging folders', int, 100)
    .option('--kill-every-ms <ms>', 'SIGKILL a random worker this often (0: never)', int, 4000)
    .option('--json <file>', 'also write the report as JSON here')
    .option('--seed <n>', 'seed of the load (file counts and sizes)', int, 17)
    .option('--drain-timeout-ms <ms>', 'how long to wait after the last submission for every job to end', int, 180_000)
    .option('--lease-seconds <s>', 'CUSTODY_TRANSFER_LEASE_SECONDS of the workers', int, 10)
    .option('--min-uptime-ms <ms>', 'a worker is killed only after serving this long', int, 3000)
    .option('--probes <n>', 'latency probes after the burst, one at a time (default: 10 per host, at least 20)', int)
    .option('--probe-every-ms <ms>', 'the pace of the probes (a rate the facility sustains)', int, 500)
    .option('--max-down <n>', 'no kill while this many workers are down or booting', int, 1)
    .option('--keep', 'keep the work folder (logs, tiers, database) for a post-mortem', false)
    .option(
      '--standbys <n>',
      'warm standbys per edge host (CUSTODY_WORKER_STANDBYS); 0: a kill costs the host a whole worker boot',
      int,
      2,
    )
    .option('--driver <topology>', '(internal) run the facility inside the core namespace')
    .parse(argv);
  return program.opts<Options>();
}

const log = (m: string) => process.stderr.write(`[scale ${new Date().toISOString().slice(11, 19)}] ${m}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------------------------------------------- outer

async function outer(options: Options, argv: string[]): Promise<number> {
  assertNetnsAvailable();
  const topology = planTopology(options.hosts, `cs${randomBytes(2).toString('hex')}`);
  let cleaned = false;
  const cleanup = () => {
    if (cleaned) return;
    cleaned = true;
    const problems = removeTopology(topology);
    for (const p of problems) log(`cleanup: ${p}`);
  };
  process.on('exit', cleanup);
  buildTopology(topology);
  log(
    `namespaces ${topology.core.namespace} and ${topology.hosts.map((h) => h.namespace).join(', ')} on ${topology.bridge}`,
  );
  const driver = spawn(
    'ip',
    [
      'netns',
      'exec',
      topology.core.namespace,
      process.execPath,
      ...process.execArgv,
      __filename,
      ...argv.slice(2),
      '--driver',
      JSON.stringify(topology),
    ],
    { stdio: 'inherit' },
  );
  const stopDriver = (signal: NodeJS.Signals) => {
    log(`${signal}: stopping the facility`);
    driver.kill('SIGTERM');
    setTimeout(() => driver.kill('SIGKILL'), 15_000).unref();
  };
  process.on('SIGINT', () => stopDriver('SIGINT'));
  process.on('SIGTERM', () => stopDriver('SIGTERM'));
  const code = await new Promise<number>((resolve) =>
    driver.once('exit', (c, signal) => resolve(c ?? (signal ? 128 + os.constants.signals[signal] : 1))),
  );
  cleanup();
  return code;
}

// --------------------------------------------------------------------------------------------------- driver

interface Tier {
  readonly name: string;
  readonly tierId: string;
  readonly root: string;
}

interface Submitted {
  readonly materializationId: string;
  readonly datasetId: string;
  readonly relativePath: string;
  readonly treeDigest: string;
  readonly byteSize: number;
  readonly submittedAt: number;
  readonly host: number;
  readonly probe: boolean;
}

async function driver(options: Options): Promise<number> {
  const topology = JSON.parse(options.driver!) as Topology;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'custody-scale-'));
  fs.chmodSync(work, 0o755);
  fs.mkdirSync(path.join(work, 'logs'));
  log(`work folder ${work}`);
  const startedAt = Date.now();
  const random = new Random(options.seed);
  const token = `cus_${randomBytes(24).toString('hex')}`;
  const pgLog = fs.createWriteStream(path.join(work, 'logs', 'postgres.log'));
  const postgres = new FacilityPostgres(path.join(work, 'pg'), topology.core.address, 5432, (l) =>
    pgLog.write(`${l}\n`),
  );
  const apis: ManagedProcess[] = [];
  const workers: ManagedProcess[] = [];
  let stopping = false;
  let shuttingDown: Promise<void> | undefined;
  // Once only: a Ctrl-C during the run and the run's own `finally` both end here.
  const shutdown = () => (shuttingDown ??= stopAll());
  const stopAll = async () => {
    stopping = true;
    await Promise.all([...workers, ...apis].map((p) => p.kill('SIGTERM')));
    await postgres.stop().catch(() => undefined);
    pgLog.end();
    if (!options.keep) fs.rmSync(work, { recursive: true, force: true });
    else log(`kept ${work}`);
  };
  process.once('SIGTERM', () => void shutdown().then(() => process.exit(143)));

  try {
    // The edge hosts run the built worker, as a facility deploys it (`npm run build:worker`).
    await buildWorker();
    await postgres.start();
    log('PostgreSQL up');
    // The job settings go to the API instances too: the first job of a materialization is queued by the API, with
    // the lease and retries of the API's configuration.
    const jobEnv = {
      CUSTODY_TRANSFER_LEASE_SECONDS: String(options.leaseSeconds),
      CUSTODY_JOB_MAINTENANCE_SECONDS: '2',
      CUSTODY_JOB_POLL_SECONDS: '1',
    };
    const appEnv = (extra: Record<string, string>): NodeJS.ProcessEnv => ({
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      LOG_LEVEL: 'warn',
      CUSTODY_ADMIN_TOKEN: token,
      ...jobEnv,
      ...extra,
    });
    for (const [i, port] of [3000, 3001].entries()) {
      apis.push(
        new ManagedProcess(
          `api-${i + 1}`,
          'apps/api/src/main.ts',
          appEnv({
            PORT: String(port),
            HOST: '0.0.0.0',
            DATABASE_URL: postgres.url('127.0.0.1'),
            CUSTODY_DATA_DIR: path.join(work, `api-${i + 1}`),
            CUSTODY_PUBLIC_URL: `http://${topology.core.address}:${port}`,
          }),
          path.join(work, 'logs', `api-${i + 1}.log`),
          'custody API listening',
        ),
      );
    }
    const apiUrls = ['http://127.0.0.1:3000', 'http://127.0.0.1:3001'];
    // The first instance runs the migrations alone; the second starts on a migrated database.
    apis[0].start();
    await waitReady(apiUrls[0]);
    const client = new FacilityClient(apiUrls, token);

    const tierOf = async (name: string): Promise<Tier> => {
      const root = path.join(work, 'tiers', name);
      fs.mkdirSync(root, { recursive: true });
      const { tierId } = await client.call<{ tierId: string }>('POST', '/v1/tiers', {
        name,
        accessProtocol: 'file',
        rootUri: `file://${root}`,
      });
      return { name, tierId, root };
    };
    const nas = await tierOf('nas');
    const acquisitionTiers: Tier[] = [];
    for (const h of topology.hosts) acquisitionTiers.push(await tierOf(`acq-${h.name}`));

    topology.hosts.forEach((h, i) => {
      workers.push(
        new ManagedProcess(
          `worker-${h.name}`,
          'dist/worker/main.js',
          appEnv({
            DATABASE_URL: postgres.url(topology.core.address),
            CUSTODY_WORKER_STANDBYS: String(options.standbys),
            CUSTODY_DATA_DIR: path.join(work, 'hosts', h.name),
            CUSTODY_WORKER_TIERS: `${acquisitionTiers[i].name},${nas.name}`,
            CUSTODY_WORKER_HOST: h.name,
            CUSTODY_ACQUISITION_RESCAN_MS: '1000',
          }),
          path.join(work, 'logs', `worker-${h.name}.log`),
          'custody worker running',
          h.namespace,
        ),
      );
    });
    apis[1].start();
    workers.forEach((w) => w.start());
    await waitReady(apiUrls[1]);
    log(`two API instances ready, ${workers.length} workers starting`);

    // ---- chaos
    const chaos = { workerKills: 0, workerRestarts: 0, apiRestarts: 0, postgresRestarts: 0 };
    let chaosDone = false;
    const chaosLoop = (async () => {
      if (options.killEveryMs === 0) return;
      while (!stopping && !chaosDone) {
        await sleep(options.killEveryMs);
        if (stopping || chaosDone) break;
        // Only a worker that has been serving a while: killing one still booting would test nothing.
        const serving = workers.filter((w) => w.readyAt !== undefined && Date.now() - w.readyAt >= options.minUptimeMs);
        // Hosts fail a few at a time: when booting takes longer than kills × hosts (a loaded machine), killing
        // whatever just came up would leave no worker serving, and the run would measure the machine.
        const down = workers.filter((w) => w.readyAt === undefined).length;
        if (serving.length === 0 || down >= options.maxDown) continue;
        const victim = serving[random.int(0, serving.length - 1)];
        // With the standby, the process doing the work dies and its supervisor promotes the standby (no restart by
        // the harness); without it, the whole worker dies and is started again a moment later.
        if (options.standbys > 0 && victim.killWorkingChild()) {
          chaos.workerKills++;
          await sleep(300 + random.int(0, 1200));
          continue;
        }
        await victim.kill('SIGKILL');
        chaos.workerKills++;
        await sleep(300 + random.int(0, 1200));
        if (stopping) break;
        victim.start();
        chaos.workerRestarts++;
      }
    })();

    // ---- load: materializations
    const total = options.materializations;
    const submitted: Submitted[] = [];
    const submitErrors: string[] = [];
    let apiRestarted = false;
    const apiRestartFailures: string[] = [];
    let postgresRestarted = false;
    const oneMaterialization = async (i: number, probe = false) => {
      const host = i % topology.hosts.length;
      const tier = acquisitionTiers[host];
      const relativePath = `${probe ? 'probe' : 'ds'}-${String(i).padStart(5, '0')}`;
      const tree = writeTree(path.join(tier.root, relativePath), planTree(random));
      const checksum = { algorithm: 'sha256-tree', value: tree.treeDigest };
      const instance = i % 2;
      const { datasetId } = await client.call<{ datasetId: string }>(
        'POST',
        '/v1/datasets',
        { title: `scale ${relativePath}`, checksum, byteSize: tree.byteSize },
        { instance },
      );
      const { distributionId } = await client.call<{ distributionId: string }>(
        'POST',
        '/v1/distributions',
        { datasetId, tierId: tier.tierId, uri: relativePath, checksum, byteSize: tree.byteSize },
        { instance },
      );
      const attestation = await client.call<{ outcome: string }>(
        'POST',
        `/v1/distributions/${distributionId}/attestations`,
        {},
        { instance },
      );
      if (attestation.outcome !== 'Match') throw new Error(`source copy of ${relativePath}: ${attestation.outcome}`);
      const submittedAt = Date.now();
      const { materializationId } = await client.call<{ materializationId: string }>(
        'POST',
        '/v1/materializations',
        { datasetId, targetTierId: nas.tierId },
        { instance },
      );
      submitted.push({
        materializationId,
        datasetId,
        relativePath,
        treeDigest: tree.treeDigest,
        byteSize: tree.byteSize,
        submittedAt,
        host,
        probe,
      });
    };

    // ---- load: acquisitions (registered first, then written, so the worker sees them complete)
    const acquisitionIds: string[] = [];
    const oneAcquisition = async (j: number) => {
      const host = j % topology.hosts.length;
      const tier = acquisitionTiers[host];
      const runPath = `run-${String(j).padStart(4, '0')}`;
      const plan = planTree(random);
      const { acquisitionId } = await client.call<{ acquisitionId: string }>(
        'POST',
        '/v1/acquisitions',
        {
          tierId: tier.tierId,
          path: runPath,
          runKind: 'run',
          targetTierId: nas.tierId,
          retention: { policy: 'scheduled', retainHours: 0 },
          expectedFiles: plan,
        },
        { instance: j % 2 },
      );
      acquisitionIds.push(acquisitionId);
      writeTree(path.join(tier.root, runPath), plan);
    };

    const jobs: (() => Promise<void>)[] = [];
    const every = total / Math.max(1, options.acquisitions);
    let a = 0;
    for (let i = 0; i < total; i++) {
      jobs.push(() => oneMaterialization(i));
      while (a < options.acquisitions && a * every <= i) {
        const j = a++;
        jobs.push(() => oneAcquisition(j));
      }
    }
    while (a < options.acquisitions) {
      const j = a++;
      jobs.push(() => oneAcquisition(j));
    }
    const concurrency = 8;
    let next = 0;
    let done = 0;
    const lanes = Array.from({ length: concurrency }, async () => {
      while (next < jobs.length && !stopping) {
        const job = jobs[next++];
        try {
          await job();
        } catch (error) {
          submitErrors.push(String((error as Error).message ?? error));
        }
        done++;
        // The one-off chaos happens while the load is in flight.
        if (!apiRestarted && done >= jobs.length * 0.3) {
          apiRestarted = true;
          void (async () => {
            log('restarting api-2 (SIGKILL)');
            await apis[1].kill('SIGKILL');
            apis[1].start();
            // The API boots from its sources: on a machine loaded by other work that took over 2 minutes once.
            // The load fails over to api-1 meanwhile; an instance that never comes back fails the run, it does not
            // crash the driver (and leave the facility running).
            await waitReady(apiUrls[1], 600_000);
            chaos.apiRestarts++;
            log('api-2 back');
          })().catch((error: Error) => apiRestartFailures.push(error.message));
        }
        if (!postgresRestarted && done >= jobs.length * 0.55) {
          postgresRestarted = true;
          log('restarting PostgreSQL (fast shutdown)');
          await postgres.restart();
          chaos.postgresRestarts++;
          log('PostgreSQL back');
        }
      }
    });
    await Promise.all(lanes);
    log(
      `submitted ${submitted.length}/${total} materializations, ${acquisitionIds.length}/${options.acquisitions} acquisitions; ${submitErrors.length} submission errors`,
    );

    // ---- drain: wait until every job is terminal (or the deadline says some are lost)
    const db = new Client({ connectionString: postgres.url('127.0.0.1') });
    // The connection of the audit; an error after the run (PostgreSQL stopping) must not crash the driver.
    db.on('error', () => undefined);
    await db.connect();
    const drain = async (timeoutMs: number) => {
      const deadline = Date.now() + timeoutMs;
      let open = Infinity;
      while (Date.now() < deadline) {
        open = await pendingCount(
          db,
          submitted.map((s) => s.materializationId),
          acquisitionIds,
        );
        if (open === 0) break;
        await sleep(1000);
      }
      return open;
    };
    let pending = await drain(options.drainTimeoutMs);
    log(pending === 0 ? 'the burst ended' : `${pending} jobs of the burst still open at the deadline`);

    // ---- probes: the burst measures queueing (lanes submit as fast as the API answers, faster than 2 shared cores
    // transfer); pickup latency is measured one materialization at a time, at a pace the facility sustains, with
    // the chaos still on.
    const probeCount = options.probes ?? Math.max(20, 10 * topology.hosts.length);
    for (let k = 0; k < probeCount && !stopping; k++) {
      const paced = sleep(options.probeEveryMs);
      try {
        await oneMaterialization(total + k, true);
      } catch (error) {
        submitErrors.push(String((error as Error).message ?? error));
      }
      await paced;
    }
    log(`submitted ${probeCount} probes, one every ${options.probeEveryMs} ms`);
    pending = await drain(Math.max(60_000, options.drainTimeoutMs / 2));
    chaosDone = true;
    await chaosLoop;
    // Every killed worker is back: nothing depends on a process being down at the end.
    log(pending === 0 ? 'every job ended' : `${pending} jobs still open at the deadline`);

    // ---- facts
    const facts = await collect(db, submitted, acquisitionIds, nas, (s, pickedUpAt) =>
      workers[s.host].servedThroughout(s.submittedAt, pickedUpAt ?? Date.now()),
    );
    await db.end();
    const report = buildReport({
      hosts: topology.hosts.length,
      materializations: facts.materializations,
      acquisitions: facts.acquisitions,
      duplicateDistributions: facts.duplicates,
      acceptedWithoutStream: facts.acceptedWithoutStream,
      internalErrors: client.internalErrors,
      chaos: {
        ...chaos,
        unexpectedExits: [...apis, ...workers].reduce((s, p) => s + p.unexpectedExits, 0),
        workerTakeoverMs: {
          p50: percentile(
            workers.flatMap((w) => w.takeoverDurations),
            50,
          ),
          max: percentile(
            workers.flatMap((w) => w.takeoverDurations),
            100,
          ),
        },
        standbyBootMs: {
          p50: percentile(
            workers.flatMap((w) => w.standbyBootDurations),
            50,
          ),
          max: percentile(
            workers.flatMap((w) => w.standbyBootDurations),
            100,
          ),
        },
        workerBootMs: {
          p50: percentile(
            workers.flatMap((w) => w.bootDurations),
            50,
          ),
          max: percentile(
            workers.flatMap((w) => w.bootDurations),
            100,
          ),
        },
      },
      startedAt,
      finishedAt: Date.now(),
    });
    const failures = [...report.failures, ...apiRestartFailures];
    if (submitErrors.length > 0)
      failures.push(`${submitErrors.length} submissions failed: ${submitErrors.slice(0, 3).join(' | ')}`);
    const final = {
      ...report,
      submissionErrors: submitErrors,
      failures,
      requests: client.requests,
      retries: client.retries,
    };
    process.stdout.write(`${formatReport({ ...report, failures })}\n`);
    if (options.json) fs.writeFileSync(options.json, `${JSON.stringify(final, null, 2)}\n`);
    if (failures.length > 0) options.keep = true;
    return failures.length === 0 ? 0 : 1;
  } catch (error) {
    log(`the run broke: ${(error as Error).stack ?? error}`);
    options.keep = true;
    return 2;
  } finally {
    await shutdown();
  }
}

async function waitReady(base: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const r = await fetch(`${base}/health/live`, { signal: AbortSignal.timeout(2000) });
      if (r.ok) return;
    } catch {
      // not up yet
    }
    await sleep(250);
  }
  throw new Error(`${base} did not come up within ${timeoutMs} ms`);
}

const TERMINAL = ['MaterializationVerified', 'MaterializationFailed', 'MaterializationCancelled'];

async function pendingCount(db: Client, materializationIds: string[], acquisitionIds: string[]): Promise<number> {
  const m = await db.query<{ n: string }>(
    `SELECT count(*) AS n FROM unnest($1::text[]) AS id
      WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.stream_id = id AND e.type = ANY($2::text[]))`,
    [materializationIds, TERMINAL],
  );
  const a = await db.query<{ n: string }>(
    `SELECT count(*) AS n FROM unnest($1::text[]) AS id
      WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.stream_id = id
        AND (e.type = 'AcquisitionHalted' OR (e.type = 'AcquisitionTransitioned' AND e.data->>'to' = 'cleared')))`,
    [acquisitionIds],
  );
  return Number(m.rows[0].n) + Number(a.rows[0].n);
}

/** Reads the outcome from the event store (the source of truth) and the copies' bytes from the NAS tier. */
async function collect(
  db: Client,
  submitted: readonly Submitted[],
  acquisitionIds: readonly string[],
  nas: Tier,
  hostServedThroughout: (s: Submitted, pickedUpAt: number | undefined) => boolean,
) {
  const events = await db.query<{ stream_id: string; type: string; recorded_at: Date; data: Record<string, unknown> }>(
    `SELECT stream_id, type, recorded_at, data FROM events WHERE stream_id = ANY($1::text[]) ORDER BY position`,
    [[...submitted.map((s) => s.materializationId), ...acquisitionIds]],
  );
  // Jobs still queued or leased: a materialization not terminal with one of these is late, not lost.
  const live = await db.query<{ id: string }>(
    `SELECT DISTINCT data->>'materializationId' AS id FROM pgboss.job
      WHERE state IN ('created', 'retry', 'active') AND data->>'materializationId' = ANY($1::text[])`,
    [submitted.map((s) => s.materializationId)],
  );
  const queued = new Set(live.rows.map((r) => r.id));
  const byStream = new Map<string, typeof events.rows>();
  for (const e of events.rows) byStream.set(e.stream_id, [...(byStream.get(e.stream_id) ?? []), e]);
  let acceptedWithoutStream = 0;
  const materializations: MaterializationFact[] = submitted.map((s) => {
    const stream = byStream.get(s.materializationId) ?? [];
    if (stream.length === 0) acceptedWithoutStream++;
    const at = (type: string) => stream.find((e) => e.type === type)?.recorded_at.getTime();
    const end = stream.find((e) => TERMINAL.includes(e.type));
    const terminal = end?.type.replace('Materialization', '') as MaterializationFact['terminal'];
    let copyMatches: boolean | undefined;
    if (terminal === 'Verified') {
      const onDisk = digestTreeOnDisk(path.join(nas.root, s.relativePath));
      copyMatches = onDisk !== null && onDisk.treeDigest === s.treeDigest && onDisk.byteSize === s.byteSize;
    }
    const pickedUpAt = at('MaterializationTransferBegun');
    return {
      materializationId: s.materializationId,
      // From the server's acceptance: a client retry waiting out an earlier attempt's claim is not queue latency.
      submittedAt: at('MaterializationRequested') ?? s.submittedAt,
      pickedUpAt,
      verifiedAt: at('MaterializationVerified'),
      terminal,
      failureCode: (end?.data.error as { code?: string } | undefined)?.code,
      byteSize: s.byteSize,
      copyMatches,
      ...(s.probe ? { probe: { hostInterrupted: !hostServedThroughout(s, pickedUpAt) } } : {}),
      ...(terminal === undefined && queued.has(s.materializationId) ? { stillQueued: true } : {}),
    };
  });
  const acquisitions: AcquisitionFact[] = acquisitionIds.map((id) => {
    const stream = byStream.get(id) ?? [];
    const transitions = stream.filter((e) => e.type === 'AcquisitionTransitioned');
    const halted = stream.find((e) => e.type === 'AcquisitionHalted');
    return {
      acquisitionId: id,
      state: (transitions.at(-1)?.data.to as string | undefined) ?? 'staging',
      error: halted ? { code: String(halted.data.code), detail: String(halted.data.detail) } : null,
    };
  });
  const duplicates = await db.query<{ dataset_id: string; tier_id: string; n: string }>(
    `SELECT data->>'datasetId' AS dataset_id, data->>'tierId' AS tier_id, count(*) AS n
       FROM events WHERE type = 'DistributionRegistered'
      GROUP BY 1, 2 HAVING count(*) > 1`,
  );
  return {
    materializations,
    acquisitions,
    acceptedWithoutStream,
    duplicates: duplicates.rows.map((r) => ({ datasetId: r.dataset_id, tierId: r.tier_id, count: Number(r.n) })),
  };
}

async function main(): Promise<void> {
  const options = parse(process.argv);
  const code = options.driver ? await driver(options) : await outer(options, process.argv);
  process.exit(code);
}

main().catch((error) => {
  log(String((error as Error).stack ?? error));
  process.exit(2);
});
