import { DomainError, DomainEvent } from '@custody/kernel';
import { TestDatabase, createTestDatabase } from '@custody/platform/testing';
import { Logger } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { DataSource, EntityManager } from 'typeorm';
import { createDataSource } from '../database/data-source';
import { EventStore, StoredEvent } from '../event-store/event-store';
import { PlatformMetrics } from '../observability/metrics';
import { Projection } from './projection';
import { PENDING_UP_TO_SQL, ProjectionRunner } from './projection-runner';

/** Creating (or waiting for) the template database can take a while on a busy machine. */
const DATABASE_HOOK_TIMEOUT_MS = 30_000;

const NAME = 'test_counts';

/**
 * Counts `Counted` events per stream and records every event it applied: the primary key on `position` makes a
 * second application of the same event fail loudly, and `seq` keeps the order of application.
 */
class CountingProjection implements Projection {
  readonly name = NAME;
  readonly eventTypes = ['Counted'];

  async apply(event: StoredEvent, m: EntityManager): Promise<void> {
    await m.query(`INSERT INTO test_applied (position, stream_id, version, type) VALUES ($1, $2, $3, $4)`, [
      event.position,
      event.streamId,
      event.version,
      event.type,
    ]);
    await m.query(
      `INSERT INTO test_counts (stream_id, n) VALUES ($1, 1) ON CONFLICT (stream_id) DO UPDATE SET n = test_counts.n + 1`,
      [event.streamId],
    );
  }

  async reset(m: EntityManager): Promise<void> {
    await m.query(`DELETE FROM test_counts`);
    await m.query(`DELETE FROM test_applied`);
  }
}

/**
 * A runner reads only below the oldest transaction running anywhere in the PostgreSQL cluster, and the cluster is
 * shared with the test files running in parallel: waits until every event appended so far is below it, so that a
 * catch-up deterministically sees them all. (A wait for a condition, never a fixed sleep.)
 */
async function waitUntilVisible(dataSource: DataSource, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const rows: { visible: boolean }[] = await dataSource.query(
      `SELECT coalesce((SELECT transaction_id FROM events ORDER BY transaction_id DESC LIMIT 1)
                         < pg_snapshot_xmin(pg_current_snapshot()), true) AS visible`,
    );
    if (rows[0].visible) return;
    if (Date.now() > deadline) throw new Error(`events still above the cluster's xmin after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const counted = (i = 0): DomainEvent => ({ type: 'Counted', data: { i } });
const ignored = (i = 0): DomainEvent => ({ type: 'Ignored', data: { i } });

describe('ProjectionRunner', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let store: EventStore;
  let runner: ProjectionRunner;
  let metrics: PlatformMetrics;
  const versions = new Map<string, number>();

  /** Appends to a stream, tracking its version here so tests need not. */
  async function append(streamId: string, events: DomainEvent[], manager?: EntityManager): Promise<void> {
    const expectedVersion = versions.get(streamId) ?? 0;
    await store.append([{ streamType: 'test.counter', streamId, expectedVersion, events }], {}, manager);
    versions.set(streamId, expectedVersion + events.length);
  }

  const applied = async (): Promise<{ position: string; stream_id: string; version: number }[]> =>
    dataSource.query(`SELECT position::text, stream_id, version FROM test_applied ORDER BY seq`);
  const positions = async (streamIds: string[]): Promise<string[]> =>
    (
      await dataSource.query(
        `SELECT position::text FROM events WHERE stream_id = ANY($1) AND type = 'Counted' ORDER BY position`,
        [streamIds],
      )
    ).map((r: { position: string }) => r.position);
  const bookmark = async (): Promise<{ transaction_id: string; position: string } | undefined> =>
    (
      await dataSource.query(`SELECT transaction_id::text, position::text FROM projection_bookmarks WHERE name = $1`, [
        NAME,
      ])
    )[0];
  const visible = () => waitUntilVisible(dataSource);
  const lag = async (): Promise<number> => (await runner.status()).find((s) => s.name === NAME)!.lagEvents;

  beforeAll(async () => {
    Logger.overrideLogger(false);
    db = await createTestDatabase();
    dataSource = createDataSource(db.url, [], 10);
    await dataSource.initialize();
    await dataSource.query(`CREATE TABLE test_counts (stream_id text PRIMARY KEY, n int NOT NULL)`);
    await dataSource.query(
      `CREATE TABLE test_applied (seq bigserial, position bigint PRIMARY KEY, stream_id text NOT NULL, version int NOT NULL, type text NOT NULL)`,
    );
    metrics = new PlatformMetrics();
    store = new EventStore(dataSource, metrics);
    const projection = new CountingProjection();
    const discovery = { getProviders: () => [{ instance: projection }] } as unknown as DiscoveryService;
    runner = new ProjectionRunner(dataSource, discovery, metrics);
    await runner.onModuleInit();
  }, DATABASE_HOOK_TIMEOUT_MS);

  beforeEach(async () => {
    await dataSource.query(`TRUNCATE events, test_counts, test_applied`);
    await dataSource.query(`UPDATE projection_bookmarks SET transaction_id = '0'::xid8, position = 0`);
    versions.clear();
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  }, DATABASE_HOOK_TIMEOUT_MS);

  it('discovers the projection and refuses an unknown name', async () => {
    expect(runner.names).toEqual([NAME]);
    const error = await runner.catchUp('no_such_projection').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('ProjectionNotFound');
  });

  it('processes every committed event once, moves the bookmark, and then has nothing left', async () => {
    await append('s1', [counted(1), counted(2)]);
    await append('s2', [counted(3), ignored(4)]);
    await append('s1', [counted(5)]);

    await visible();
    expect(await runner.catchUp(NAME)).toBe(5);
    expect(await dataSource.query(`SELECT stream_id, n FROM test_counts ORDER BY stream_id`)).toEqual([
      { stream_id: 's1', n: 3 },
      { stream_id: 's2', n: 1 },
    ]);
    expect((await applied()).map((r) => r.position)).toEqual(await positions(['s1', 's2']));

    const last: { transaction_id: string; position: string }[] = await dataSource.query(
      `SELECT transaction_id::text, position::text FROM events ORDER BY transaction_id DESC, position DESC LIMIT 1`,
    );
    expect(await bookmark()).toEqual(last[0]);

    expect(await runner.catchUp(NAME)).toBe(0);
    expect(await runner.catchUpAll()).toBe(0);
    expect(await applied()).toHaveLength(4);
  });

  it('works through more events than one batch holds', async () => {
    await append('bulk', [...Array.from({ length: 1000 }, (_, i) => ignored(i)), counted(1000)]);
    await visible();
    expect(await runner.catchUp(NAME)).toBe(1001);
    expect(await applied()).toEqual([{ position: (await positions(['bulk']))[0], stream_id: 'bulk', version: 1001 }]);
    expect(await runner.catchUp(NAME)).toBe(0);
  });

  it('never skips an event whose transaction commits late, and applies each event exactly once', async () => {
    await append('early', [counted()]);
    await visible();
    expect(await runner.catchUp(NAME)).toBe(1);

    // Transaction A appends first but stays open...
    const a = dataSource.createQueryRunner();
    await a.connect();
    try {
      await a.startTransaction();
      await append('late-a', [counted()], a.manager);
      // ...while B appends after it and commits.
      await append('late-b', [counted()]);

      // B sits above A's xmin: taking it now would move the bookmark past A's event for good.
      expect(await runner.catchUp(NAME)).toBe(0);
      expect((await applied()).map((r) => r.stream_id)).toEqual(['early']);
      expect(await runner.isBehind(NAME)).toBe(false);
      expect(await lag()).toBe(1);

      await a.commitTransaction();
    } finally {
      await a.release();
    }

    await visible();
    expect(await runner.isBehind(NAME)).toBe(true);
    expect(await runner.catchUp(NAME)).toBe(2);
    expect((await applied()).map((r) => r.stream_id)).toEqual(['early', 'late-a', 'late-b']);
    expect(await dataSource.query(`SELECT stream_id, n FROM test_counts ORDER BY stream_id`)).toEqual([
      { stream_id: 'early', n: 1 },
      { stream_id: 'late-a', n: 1 },
      { stream_id: 'late-b', n: 1 },
    ]);
    expect(await runner.catchUp(NAME)).toBe(0);
    expect(await lag()).toBe(0);
  });

  it('applies a batch in numeric position order, exactly once', async () => {
    await append(
      'digits',
      Array.from({ length: 12 }, (_, i) => counted(i + 1)),
    );
    await visible();
    const before = (await applied()).length;
    expect(await runner.catchUp(NAME)).toBeGreaterThanOrEqual(12);
    expect(await runner.catchUp(NAME)).toBe(0);
    const rows = (await applied()).slice(before);
    const numeric = rows.map((r) => Number(r.position));
    expect(numeric).toEqual([...numeric].sort((a, b) => a - b));
    expect(new Set(numeric).size).toBe(numeric.length);
  });

  it('rebuilds from zero to exactly the same rows, discarding what the tables held', async () => {
    for (let i = 0; i < 6; i++) await append(`r${i % 3}`, [counted(i), ignored(i)]);
    await append('r0', [counted(99)]);
    await visible();
    expect(await runner.catchUp(NAME)).toBe(13);

    const snapshot = async () => ({
      counts: await dataSource.query(`SELECT * FROM test_counts ORDER BY stream_id`),
      applied: await dataSource.query(`SELECT position, stream_id, version, type FROM test_applied ORDER BY position`),
      bookmark: await bookmark(),
    });
    const before = await snapshot();
    expect(before.counts).toEqual([
      { stream_id: 'r0', n: 3 },
      { stream_id: 'r1', n: 2 },
      { stream_id: 'r2', n: 2 },
    ]);

    // Damage the read model: a rebuild must not build on it.
    await dataSource.query(`UPDATE test_counts SET n = n + 100`);
    await dataSource.query(`INSERT INTO test_counts (stream_id, n) VALUES ('bogus', 1)`);

    expect(await runner.rebuild(NAME)).toEqual({ name: NAME, eventsProcessed: 13 });
    expect(await snapshot()).toEqual(before);
    expect(await runner.catchUp(NAME)).toBe(0);
  });

  it('tells whether it is behind, and reports its lag', async () => {
    expect(await runner.isBehind(NAME)).toBe(false);
    expect(await runner.status()).toEqual([{ name: NAME, position: '0', lagEvents: 0, lagSeconds: 0 }]);

    await append('lag', [counted(), counted(), ignored()]);
    await visible();
    expect(await runner.isBehind(NAME)).toBe(true);
    const [behind] = await runner.status();
    expect(behind.lagEvents).toBe(3);
    expect(behind.lagSeconds).toBeGreaterThanOrEqual(0);
    expect(behind.position).toBe('0');

    await runner.catchUp(NAME);
    expect(await runner.isBehind(NAME)).toBe(false);
    const [current] = await runner.status();
    expect(current).toEqual({ name: NAME, position: (await bookmark())!.position, lagEvents: 0, lagSeconds: 0 });
    expect(await metrics.registry.getSingleMetricAsString('custody_projection_lag_events')).toContain(
      `custody_projection_lag_events{projection="${NAME}"} 0`,
    );
  });

  it('counts a projection that never ran (no bookmark row) as behind', async () => {
    await dataSource.query(`DELETE FROM projection_bookmarks WHERE name = $1`, [NAME]);
    await append('never-ran', [counted()]);
    await visible();
    expect(await runner.isBehind(NAME)).toBe(true);
    await runner.ensureCurrent(NAME);
    expect((await applied()).map((r) => r.stream_id)).toEqual(['never-ran']);
    expect(await runner.isBehind(NAME)).toBe(false);
  });

  it('lets ensureCurrent bring the projection up to date before a read', async () => {
    await append('ensure', [counted(), counted()]);
    await runner.ensureCurrent(NAME);
    expect(await dataSource.query(`SELECT n FROM test_counts WHERE stream_id = 'ensure'`)).toEqual([{ n: 2 }]);
  });

  it('checks a current projection without reading the history: the pending check reads no event row', async () => {
    await dataSource.query(
      `INSERT INTO events (stream_type, stream_id, version, type, data)
       SELECT 'test.history', 'history-' || (i % 100), 1 + i / 100, 'Ignored', '{}'::jsonb FROM generate_series(0, 19999) AS i`,
    );
    await dataSource.query(`ANALYZE events`);
    const [head] = await dataSource.query(
      `SELECT transaction_id::text, position::text FROM events ORDER BY transaction_id DESC, position DESC LIMIT 1`,
    );
    await dataSource.query(`UPDATE projection_bookmarks SET transaction_id = $2::xid8, position = $3 WHERE name = $1`, [
      NAME,
      head.transaction_id,
      head.position,
    ]);
    const [{ 'QUERY PLAN': plan }] = await dataSource.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${PENDING_UP_TO_SQL}`, [
      head.transaction_id,
      head.position,
      head.position,
    ]);
    const scans: { type: string; rows: number }[] = [];
    const walk = (node: Record<string, unknown>) => {
      if (String(node['Node Type']).includes('Scan') && node['Relation Name'] === 'events')
        scans.push({
          type: String(node['Node Type']),
          rows: Number(node['Actual Rows']) + Number(node['Rows Removed by Filter'] ?? 0),
        });
      for (const child of (node.Plans as Record<string, unknown>[] | undefined) ?? []) walk(child);
    };
    walk(plan[0].Plan);
    expect(scans.length).toBeGreaterThan(0);
    for (const scan of scans) {
      expect(scan.type).not.toBe('Seq Scan');
      expect(scan.rows).toBe(0);
    }
    await runner.ensureCurrent(NAME);
    expect(await applied()).toEqual([]);
  });
});
