/**
 * `npm run bench -- catalogue`: the catalogue reads at facility scale, through the real API over HTTP, with the
 * history a catalogue of that size really has in its event store.
 *
 * Starts a throwaway embedded PostgreSQL and the API as its own process on it, then seeds BENCH_DATASETS
 * datasets (default 1,000,000) THROUGH THE EVENT STORE, in bulk (`INSERT … SELECT … FROM generate_series`, in
 * batches): per dataset DatasetRegistered and two DatasetDistributionAdded on its stream, DistributionRegistered
 * for its two copies (one on a reachable tier, one on an archive tier) and DistributionAttested (Match) for the
 * first: 6 events a dataset, 6,000,000 by default. The read models get the rows those events fold to (the same
 * expressions; the dataset and distribution summaries, and the lineage graph's dataset nodes and collectedBy edges) and the projections' bookmarks the head, as a daemon that had caught up would leave them; a
 * sample of datasets is then checked: the single GET (which folds the stream from `events`) must equal the list
 * row (which reads the projection).
 *
 * Then, one request at a time over keep-alive HTTP, BENCH_REQUESTS of each (default 500, after 50 unmeasured):
 * every list page (datasets first / deep / random page, a dataset's distributions, tiers, families, models,
 * assets, assemblies, fixtures), with p50 / p99 / max; then rps at 32 connections of the datasets pages against
 * `GET /v1/principals/me` measured in the same run, idle and again while 200 commands/s (POST /v1/datasets,
 * open-loop: as many in flight as the latency needs, up to 256) are being written, each rate with the CPU a
 * request cost the API, PostgreSQL and this process. The seed is checkpointed before anything is timed. Prints
 * the history size, the query plans and the verdicts (p99 < 25 ms, rps ≥ 0.5 × me).
 *
 * Env: BENCH_DATASETS (default 1000000), BENCH_REQUESTS (default 500), BENCH_SECONDS per rps phase (default 10),
 * BENCH_WRITES_PER_SECOND (default 200).
 */
import * as http from 'node:http';
import * as os from 'node:os';
import { performance } from 'node:perf_hooks';
import { canonicalJson, encodeCursor } from '@custody/platform';
import { Client } from 'pg';
import {
  ADMIN_TOKEN,
  LoadResult,
  cpuBetween,
  fmtInt,
  load,
  pace,
  postJson,
  percentile,
  positiveInt,
  startStack,
  table,
} from './_stack';

const TIER_FAST = '0190a000-0000-7000-8000-00000000f001';
const TIER_ARCHIVE = '0190a000-0000-7000-8000-00000000f002';
const ASSET = '0190a000-0000-7000-8000-0000000000a1';
const ADMIN_PRINCIPAL = '00000000-0000-7000-8000-00000000ad01';
const BATCH = 100_000;
const WARMUP = 50;
const P99_TARGET_MS = 25;
const WRITES_IN_FLIGHT = 256;

/** The id of the i-th seeded dataset (1-based), as the seeding SQL writes it: ordered like registration. */
export function datasetId(i: number): string {
  const hex = `1${i.toString(16).padStart(31, '0')}`;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
const SQL_DATASET_ID = `('1' || lpad(to_hex(i), 31, '0'))::uuid`;
const SQL_DISTRIBUTION_ID = `('2' || lpad(to_hex(i * 2 + k), 31, '0'))::uuid`;
const SQL_ATTESTATION_ID = `('3' || lpad(to_hex(i), 31, '0'))::uuid`;
const SQL_CHECKSUM = `encode(sha256(int8send(i)), 'hex')`;
const SQL_REGISTERED_AT = `(timestamptz '2026-01-01 00:00:00Z' + i * interval '1 second')`;
const SQL_REGISTERED_AT_ISO = `to_char(${SQL_REGISTERED_AT} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const SQL_URI = `CASE k WHEN 0 THEN 'file:///data/fast/run-' ELSE 'file:///archive/run-' END || i || '/frames.h5'`;
const SQL_TIER = `CASE k WHEN 0 THEN $3::uuid ELSE $4::uuid END`;
const ATTESTED_AT = '2026-01-02T00:00:00.000Z';
const COPIES = `CROSS JOIN (VALUES (0), (1)) AS copies (k)`;

/** Appends rows to `events` in one statement; `select` yields (stream_type, stream_id, version, type, data). */
const appendEvents = (select: string) => `INSERT INTO events (stream_type, stream_id, version, type, data, metadata)
  SELECT stream_type, stream_id, version, type, data, jsonb_build_object('principalId', '${ADMIN_PRINCIPAL}',
         'correlationId', gen_random_uuid()) FROM (${select}) AS e`;

async function seed(db: Client, datasets: number, say: (m: string) => void): Promise<void> {
  const tiers = [
    { id: TIER_FAST, name: 'fast', rootUri: 'file:///data/fast', reachable: true },
    { id: TIER_ARCHIVE, name: 'archive', rootUri: 'file:///archive', reachable: false },
  ];
  for (const t of tiers) {
    const state = {
      exists: true,
      tierId: t.id,
      name: t.name,
      accessProtocol: 'file',
      rootUri: t.rootUri,
      reachable: t.reachable,
      registeredAt: '2026-01-01T00:00:00.000Z',
    };
    const { exists, ...data } = state;
    void exists;
    await db.query(
      `INSERT INTO events (stream_type, stream_id, version, type, data, metadata)
       VALUES ('data.tier', $1, 1, 'TierRegistered', $2::jsonb, jsonb_build_object('principalId', $3::text))`,
      [t.id, JSON.stringify(data), ADMIN_PRINCIPAL],
    );
    await db.query(
      `INSERT INTO data_tier_summary (stream_id, version, state, name, access_protocol, reachable)
       VALUES ($1, 1, $2::jsonb, $3, 'file', $4)`,
      [t.id, JSON.stringify(state), t.name, t.reachable],
    );
  }
  const started = performance.now();
  for (let from = 1; from <= datasets; from += BATCH) {
    const to = Math.min(datasets, from + BATCH - 1);
    const range = [from, to];
    const withTiers = [from, to, TIER_FAST, TIER_ARCHIVE];
    // Each statement commits on its own, in the streams' version order: a replay folds exactly these rows.
    await db.query(
      appendEvents(`SELECT 'data.dataset' AS stream_type, ${SQL_DATASET_ID}::text AS stream_id, 1 AS version,
          'DatasetRegistered' AS type, jsonb_build_object('datasetId', ${SQL_DATASET_ID}, 'title', 'Run ' || i || ', raw frames',
            'checksum', jsonb_build_object('algorithm', 'sha256', 'value', ${SQL_CHECKSUM}), 'byteSize', 4194304 + i,
            'intent', 'raw', 'collectedBy', jsonb_build_object('assetId', '${ASSET}', 'fixtureId', NULL),
            'registeredAt', ${SQL_REGISTERED_AT_ISO}) AS data
        FROM generate_series($1::bigint, $2::bigint) AS i ORDER BY i`),
      range,
    );
    await db.query(
      appendEvents(`SELECT 'data.distribution' AS stream_type, ${SQL_DISTRIBUTION_ID}::text AS stream_id, 1 AS version,
          'DistributionRegistered' AS type, jsonb_build_object('distributionId', ${SQL_DISTRIBUTION_ID},
            'datasetId', ${SQL_DATASET_ID}, 'tierId', ${SQL_TIER}, 'uri', ${SQL_URI},
            'checksum', jsonb_build_object('algorithm', 'sha256', 'value', ${SQL_CHECKSUM}), 'byteSize', 4194304 + i,
            'registeredAt', ${SQL_REGISTERED_AT_ISO}) AS data
        FROM generate_series($1::bigint, $2::bigint) AS i ${COPIES} ORDER BY i, k`),
      withTiers,
    );
    await db.query(
      appendEvents(`SELECT 'data.dataset' AS stream_type, ${SQL_DATASET_ID}::text AS stream_id, 2 + k AS version,
          'DatasetDistributionAdded' AS type, jsonb_build_object('datasetId', ${SQL_DATASET_ID},
            'distributionId', ${SQL_DISTRIBUTION_ID}, 'tierId', ${SQL_TIER}, 'uri', ${SQL_URI},
            'at', ${SQL_REGISTERED_AT_ISO}) AS data
        FROM generate_series($1::bigint, $2::bigint) AS i ${COPIES} ORDER BY i, k`),
      withTiers,
    );
    await db.query(
      appendEvents(`SELECT 'data.distribution' AS stream_type, ${SQL_DISTRIBUTION_ID}::text AS stream_id, 2 AS version,
          'DistributionAttested' AS type, jsonb_build_object('distributionId', ${SQL_DISTRIBUTION_ID},
            'attestationId', ${SQL_ATTESTATION_ID}, 'outcome', 'Match',
            'observed', jsonb_build_object('algorithm', 'sha256', 'value', ${SQL_CHECKSUM}, 'byteSize', 4194304 + i),
            'source', 'server', 'detail', NULL, 'at', '${ATTESTED_AT}') AS data
        FROM generate_series($1::bigint, $2::bigint) AS i CROSS JOIN (VALUES (0)) AS copies (k) ORDER BY i`),
      range,
    );
    // The rows those events fold to (the projections' own shape), as a caught-up daemon leaves them.
    await db.query(
      `INSERT INTO data_dataset_summary (dataset_id, version, title, checksum_algorithm, checksum_value, byte_size,
         intent, collected_by_asset_id, collected_by_fixture_id, collected_by, status, registered_at)
       SELECT ${SQL_DATASET_ID}, 3, 'Run ' || i || ', raw frames', 'sha256', ${SQL_CHECKSUM},
              4194304 + i, 'raw', '${ASSET}', NULL, true, 'Active', ${SQL_REGISTERED_AT}
         FROM generate_series($1::bigint, $2::bigint) AS i`,
      range,
    );
    await db.query(
      `INSERT INTO data_distribution_summary (distribution_id, version, dataset_id, tier_id, uri, checksum_algorithm,
         checksum_value, byte_size, status, last_attestation, registered_at)
       SELECT ${SQL_DISTRIBUTION_ID}, 1 + (1 - k), ${SQL_DATASET_ID}, ${SQL_TIER}, ${SQL_URI},
              'sha256', ${SQL_CHECKSUM}, 4194304 + i,
              CASE k WHEN 0 THEN 'Verified' ELSE 'Registered' END,
              CASE k WHEN 0 THEN jsonb_build_object(
                'attestationId', ${SQL_ATTESTATION_ID}, 'outcome', 'Match',
                'observed', jsonb_build_object('algorithm', 'sha256', 'value', ${SQL_CHECKSUM}, 'byteSize', 4194304 + i),
                'source', 'server', 'detail', NULL, 'attestedAt', '${ATTESTED_AT}') END,
              ${SQL_REGISTERED_AT}
         FROM generate_series($1::bigint, $2::bigint) AS i ${COPIES}`,
      withTiers,
    );
    // The lineage graph's rows for the same registrations (its inline write for DatasetRegistered): a node per
    // dataset, keyed by checksum, and its collectedBy edge to the asset (a bare node, made once below).
    await db.query(
      `INSERT INTO lineage_nodes (node_id, kind, sha256, attrs)
       SELECT 'dataset:' || ${SQL_DATASET_ID}, 'dataset', ${SQL_CHECKSUM}, jsonb_build_object('datasetId', ${SQL_DATASET_ID},
                'title', 'Run ' || i || ', raw frames', 'checksum', jsonb_build_object('algorithm', 'sha256', 'value', ${SQL_CHECKSUM}),
                'byteSize', 4194304 + i)
         FROM generate_series($1::bigint, $2::bigint) AS i`,
      range,
    );
    await db.query(
      `INSERT INTO lineage_edges (down_id, up_id, kind)
       SELECT 'dataset:' || ${SQL_DATASET_ID}, 'asset:${ASSET}', 'collectedBy' FROM generate_series($1::bigint, $2::bigint) AS i`,
      range,
    );
    say(`  seeded ${fmtInt(to)} datasets (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  }
  await db.query(
    `UPDATE projection_bookmarks SET transaction_id = head.transaction_id, position = head.position, updated_at = now()
       FROM (SELECT transaction_id, position FROM events ORDER BY transaction_id DESC, position DESC LIMIT 1) AS head`,
  );
  await db.query(
    `INSERT INTO lineage_nodes (node_id, kind, attrs) VALUES ('asset:${ASSET}', 'asset', jsonb_build_object('assetId', '${ASSET}'))`,
  );
  for (const t of [
    'events',
    'data_dataset_summary',
    'data_distribution_summary',
    'data_tier_summary',
    'lineage_nodes',
    'lineage_edges',
  ])
    await db.query(`VACUUM ANALYZE ${t}`);
}

interface Page {
  items: Record<string, unknown>[];
  nextCursor: string | null;
}

interface Scenario {
  readonly label: string;
  readonly path: () => string;
  readonly check: (body: Page) => boolean;
}

async function getJson(url: string): Promise<{ status: number; body: unknown }> {
  const res = await fetch(url, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
  return { status: res.status, body: await res.json() };
}

async function time(baseUrl: string, scenario: Scenario, requests: number): Promise<number[]> {
  const samples: number[] = [];
  for (let n = 0; n < WARMUP + requests; n++) {
    const url = `${baseUrl}${scenario.path()}`;
    const started = performance.now();
    const { status, body } = await getJson(url);
    const ms = performance.now() - started;
    if (status !== 200 || !scenario.check(body as Page)) {
      throw new Error(`${scenario.label}: GET ${url} answered ${status} ${JSON.stringify(body).slice(0, 300)}`);
    }
    if (n >= WARMUP) samples.push(ms);
  }
  return samples.sort((a, b) => a - b);
}

/** The single GET folds the stream from `events`; the list reads the projection: they must agree. */
async function checkConsistency(baseUrl: string, datasets: number): Promise<number> {
  let checked = 0;
  for (let n = 0; n < 20; n++) {
    const i = 1 + Math.floor(Math.random() * datasets);
    const id = datasetId(i);
    const single = await getJson(`${baseUrl}/v1/datasets/${id}`);
    const cursor = i > 1 ? `&cursor=${encodeCursor([datasetId(i - 1)])}` : '';
    const page = (await getJson(`${baseUrl}/v1/datasets?limit=1${cursor}`)).body as Page;
    if (single.status !== 200 || canonicalJson(page.items[0]) !== canonicalJson(single.body)) {
      throw new Error(
        `dataset ${id}: the folded stream ${JSON.stringify(single.body)} differs from the list row ${JSON.stringify(page.items[0])}`,
      );
    }
    const copies = (await getJson(`${baseUrl}/v1/datasets/${id}/distributions`)).body as Page;
    const verified = copies.items.find((c) => c.status === 'Verified') as { distributionId: string } | undefined;
    if (!verified) throw new Error(`dataset ${id} lists no Verified copy`);
    const folded = await getJson(`${baseUrl}/v1/distributions/${verified.distributionId}`);
    if (canonicalJson(folded.body) !== canonicalJson(verified)) {
      throw new Error(`distribution ${verified.distributionId}: fold and list differ`);
    }
    checked += 1;
  }
  return checked;
}

export async function run(args: readonly string[]): Promise<void> {
  if (args.length > 0) throw new Error(`catalogue takes no arguments (got ${args.join(' ')}); use BENCH_DATASETS`);
  const datasets = positiveInt('BENCH_DATASETS', 1_000_000);
  const requests = positiveInt('BENCH_REQUESTS', 500);
  const seconds = positiveInt('BENCH_SECONDS', 10);
  const writesPerSecond = positiveInt('BENCH_WRITES_PER_SECOND', 200);
  const connections = 32;
  const say = (m: string) => process.stdout.write(`${m}\n`);

  const stack = await startStack('catalogue', say);
  try {
    say('Starting the API');
    await stack.startApi({ CUSTODY_LOG_LEVEL: process.env.CUSTODY_LOG_LEVEL ?? 'info' });
    const db = await stack.db();
    const [settings] = (
      await db.query(`SELECT current_setting('server_version') AS version, current_setting('shared_buffers') AS sb`)
    ).rows as { version: string; sb: string }[];
    say(
      `catalogue: ${fmtInt(datasets)} datasets × 2 distributions (6 events each), ${requests} timed requests per ` +
        `scenario (after ${WARMUP} unmeasured); PostgreSQL ${settings.version} (shared_buffers=${settings.sb}); ` +
        `${os.cpus().length} CPUs, Node ${process.version}`,
    );
    say('Seeding through the event store (bulk), and the read models those events fold to');
    await seed(db, datasets, say);
    // The seed's tables were vacuumed and analysed as it went; its WAL is still to be checkpointed, which would
    // otherwise write back gigabytes during the first timed requests (a catalogue that grew over months has none).
    const checkpointStarted = performance.now();
    const admin = await stack.adminDb();
    await admin.query('CHECKPOINT');
    say(`  checkpointed (${((performance.now() - checkpointStarted) / 1000).toFixed(0)} s)`);
    const [history] = (
      await db.query(
        `SELECT count(*)::bigint AS events, pg_size_pretty(pg_total_relation_size('events')) AS size FROM events`,
      )
    ).rows as { events: string; size: string }[];
    const sizes = (
      await db.query(
        `SELECT relname, pg_size_pretty(pg_total_relation_size(oid)) AS size FROM pg_class
          WHERE relname IN ('data_dataset_summary', 'data_distribution_summary') ORDER BY relname`,
      )
    ).rows as { relname: string; size: string }[];
    say(`  history: ${fmtInt(Number(history.events))} events (${history.size})`);
    say(`  ${sizes.map((r) => `${r.relname} ${r.size}`).join(', ')}`);
    say(`  ${await checkConsistency(stack.baseUrl, datasets)} sampled datasets: the folded stream equals the list row`);

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
    const any = () => true;
    const scenarios: Scenario[] = [
      {
        label: 'GET /v1/datasets (first page)',
        path: () => '/v1/datasets?limit=50',
        check: (b) => b.items.length === Math.min(50, datasets) && (datasets <= 50 || b.nextCursor !== null),
      },
      {
        label: `GET /v1/datasets (deep page, after dataset ${fmtInt(deep)})`,
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
      { label: 'GET /v1/tiers', path: () => '/v1/tiers?limit=50', check: (b) => b.items.length === 2 },
      { label: 'GET /v1/families', path: () => '/v1/families?limit=50', check: any },
      { label: 'GET /v1/models', path: () => '/v1/models?limit=50', check: any },
      { label: 'GET /v1/assets', path: () => '/v1/assets?limit=50', check: any },
      { label: 'GET /v1/assemblies', path: () => '/v1/assemblies?limit=50', check: any },
      { label: 'GET /v1/fixtures', path: () => '/v1/fixtures?limit=50', check: any },
    ];
    const results: { label: string; samples: number[] }[] = [];
    for (const scenario of scenarios) {
      say(`Timing ${scenario.label}`);
      results.push({ label: scenario.label, samples: await time(stack.baseUrl, scenario, requests) });
    }

    const rpsPaths = [
      ['GET /v1/datasets (first page)', '/v1/datasets?limit=50'],
      ['GET /v1/datasets (deep page)', `/v1/datasets?limit=50&cursor=${encodeCursor([datasetId(deep)])}`],
      ['GET /v1/datasets/{id}/distributions', `/v1/datasets/${datasetId(deep)}/distributions`],
    ] as const;
    // Beside each rate, the CPU one request cost the API, PostgreSQL and this process (the load generator and,
    // in the second phase, the writer): the three share the machine's cores.
    type Row = { label: string; result: LoadResult; cpu?: { api: number; postgres: number; client: number } };
    const measured = async (label: string, path: string): Promise<Row> => {
      const [before, clientBefore] = [stack.cpuSnapshot(), process.cpuUsage()];
      const result = await load(stack.baseUrl, { path, connections, seconds });
      const [after, client] = [stack.cpuSnapshot(), process.cpuUsage(clientBefore)];
      const spent = before && after ? cpuBetween(before, after) : undefined;
      const requests = result.rps * seconds;
      const cpu = spent && {
        api: (spent.api * 1000) / requests,
        postgres: (spent.postgres * 1000) / requests,
        client: (client.user + client.system) / 1000 / requests,
      };
      return { label, result, cpu };
    };
    const throughput = async (label: string) => {
      const rows: Row[] = [];
      say(`Load at ${connections} connections, ${label}`);
      const me = await measured('GET /v1/principals/me', '/v1/principals/me');
      rows.push(me);
      for (const [name, path] of rpsPaths) rows.push(await measured(name, path));
      for (const r of rows)
        if (r.result.errors > 0 || r.result.non2xx > 0)
          throw new Error(`${r.label}: ${r.result.errors} errors, ${r.result.non2xx} non-2xx answers`);
      return { me: me.result.rps, rows };
    };
    const idle = await throughput('no writes');
    let written = 0;
    // Commands arrive at their rate whatever the readers do (an instrument does not wait for the catalogue's
    // readers): as many in flight as the latency under this load needs, up to WRITES_IN_FLIGHT (`postJson`, on
    // kept-alive sockets).
    const agent = new http.Agent({ keepAlive: true, maxSockets: WRITES_IN_FLIGHT });
    const writes = pace(
      writesPerSecond,
      async () => {
        const body = JSON.stringify({
          title: `written ${written++}`,
          checksum: { algorithm: 'sha256', value: 'a'.repeat(64) },
          byteSize: 1,
        });
        const { status } = await postJson(`${stack.baseUrl}/v1/datasets`, ADMIN_TOKEN, body, agent);
        if (status !== 201) throw new Error(`POST /v1/datasets answered ${status}`);
      },
      WRITES_IN_FLIGHT,
    );
    const writeStarted = performance.now();
    const busy = await throughput(`while ${writesPerSecond} commands/s are written`);
    const { sent, failed, skipped, firstError } = await writes.stop();
    agent.destroy();
    const writeRate = sent / ((performance.now() - writeStarted) / 1000);
    const [after] = (await db.query(`SELECT count(*)::bigint AS events FROM events`)).rows as { events: string }[];

    say('');
    say(
      `history: ${fmtInt(Number(history.events))} events before the write phase, ${fmtInt(Number(after.events))} after`,
    );
    say('');
    say('Query plans:');
    for (const p of plans) say(p);
    say('');
    say(
      table([
        ['one request at a time', 'p50 ms', 'p99 ms', 'max ms'],
        ...results.map((r) => [
          r.label,
          percentile(r.samples, 50).toFixed(1),
          percentile(r.samples, 99).toFixed(1),
          r.samples[r.samples.length - 1].toFixed(1),
        ]),
      ]),
    );
    const worst = Math.max(...results.map((r) => percentile(r.samples, 99)));
    say(
      `worst p99: ${worst.toFixed(1)} ms (target < ${P99_TARGET_MS} ms): ${worst < P99_TARGET_MS ? 'met' : 'NOT met'}`,
    );
    say('');
    say(
      `writes during the second phase: ${fmtInt(sent)} commands at ${fmtInt(writeRate)}/s (asked ${writesPerSecond}/s; ` +
        `${fmtInt(skipped)} not sent while ${WRITES_IN_FLIGHT} were in flight), ${failed} failed${firstError ? ` (first: ${firstError})` : ''}`,
    );
    const cpuOf = (r: Row) =>
      r.cpu ? `${r.cpu.api.toFixed(2)} / ${r.cpu.postgres.toFixed(2)} / ${r.cpu.client.toFixed(2)}` : '—';
    say(
      table([
        [
          `${connections} connections`,
          'rps idle',
          '× me',
          'CPU ms: API / PG / bench',
          `rps under ${writesPerSecond} writes/s`,
          '× me',
          'CPU ms: API / PG / bench',
        ],
        ...idle.rows.map((r, i) => [
          r.label,
          fmtInt(r.result.rps),
          (r.result.rps / idle.me).toFixed(2),
          cpuOf(r),
          fmtInt(busy.rows[i].result.rps),
          (busy.rows[i].result.rps / busy.me).toFixed(2),
          cpuOf(busy.rows[i]),
        ]),
      ]),
    );
    const lowest = Math.min(
      ...idle.rows.slice(1).map((r) => r.result.rps / idle.me),
      ...busy.rows.slice(1).map((r) => r.result.rps / busy.me),
    );
    say(`lowest list rps / me rps: ${lowest.toFixed(2)} (target ≥ 0.5): ${lowest >= 0.5 ? 'met' : 'NOT met'}`);
    if (failed > 0) throw new Error(`${failed} of the background commands failed: ${firstError}`);
  } finally {
    await stack.close();
  }
}
