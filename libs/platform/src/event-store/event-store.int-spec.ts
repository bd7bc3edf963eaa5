import { DomainError, DomainEvent } from '@custody/kernel';
import { TestDatabase, createTestDatabase } from '@custody/platform/testing';
import { Client } from 'pg';
import { DataSource, EntityManager } from 'typeorm';
import { createDataSource } from '../database/data-source';
import { PlatformMetrics } from '../observability/metrics';
import { EventStore, NOTIFY_CHANNEL, StoredEvent } from './event-store';

/** Creating (or waiting for) the template database can take a while on a busy machine. */
const DATABASE_HOOK_TIMEOUT_MS = 30_000;

const event = (type: string, data: unknown = {}): DomainEvent => ({ type, data });

async function countRows(dataSource: DataSource, streamIds?: string[]): Promise<number> {
  const rows: { n: number }[] = streamIds
    ? await dataSource.query(`SELECT count(*)::int AS n FROM events WHERE stream_id = ANY($1)`, [streamIds])
    : await dataSource.query(`SELECT count(*)::int AS n FROM events`);
  return rows[0].n;
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

describe('EventStore', () => {
  /** Appends run straight on node-postgres' pool (prepared statements), not through TypeORM's query(). */
  const pool = () => (dataSource.driver as unknown as { master: { query: (...args: unknown[]) => unknown } }).master;
  let db: TestDatabase;
  let dataSource: DataSource;
  let store: EventStore;
  let metrics: PlatformMetrics;

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = createDataSource(db.url, [], 25);
    await dataSource.initialize();
    metrics = new PlatformMetrics();
    store = new EventStore(dataSource, metrics);
  }, DATABASE_HOOK_TIMEOUT_MS);

  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  }, DATABASE_HOOK_TIMEOUT_MS);

  it('appends and loads a stream with versions 1..n, keeping the metadata and the envelope', async () => {
    const metadata = {
      correlationId: 'corr-1',
      principalId: '0190a000-0000-7000-8000-00000000000a',
      idempotencyKey: 'key-1',
    };
    await store.append(
      [
        {
          streamType: 'test.thing',
          streamId: 'thing-1',
          expectedVersion: 0,
          events: [event('A', { n: 1 }), event('B', { n: 2 })],
        },
      ],
      metadata,
    );
    await store.append(
      [
        {
          streamType: 'test.thing',
          streamId: 'thing-1',
          expectedVersion: 2,
          events: [event('C', { nested: { list: [1, 'x'] } })],
        },
      ],
      { correlationId: 'corr-2' },
    );

    const loaded = await store.load('thing-1');
    expect(loaded).toEqual({
      version: 3,
      events: [event('A', { n: 1 }), event('B', { n: 2 }), event('C', { nested: { list: [1, 'x'] } })],
    });

    const stored = await store.loadStored('thing-1');
    expect(stored.map((e) => e.version)).toEqual([1, 2, 3]);
    expect(stored.map((e) => e.type)).toEqual(['A', 'B', 'C']);
    for (const e of stored) {
      expect(e.streamType).toBe('test.thing');
      expect(e.streamId).toBe('thing-1');
      expect(e.schemaVersion).toBe(1);
      expect(e.transactionId).toMatch(/^[1-9][0-9]*$/);
      expect(e.position).toMatch(/^[1-9][0-9]*$/);
      expect(Date.now() - Date.parse(e.recordedAt)).toBeLessThan(60_000);
      expect(e.recordedAt).toMatch(/Z$/);
    }
    expect(stored[0].metadata).toEqual(metadata);
    expect(stored[1].metadata).toEqual(metadata);
    expect(stored[2].metadata).toEqual({ correlationId: 'corr-2' });
    // One transaction per append: the first two events share it, the third has a later one.
    expect(stored[0].transactionId).toBe(stored[1].transactionId);
    expect(BigInt(stored[2].transactionId)).toBeGreaterThan(BigInt(stored[0].transactionId));
    expect(BigInt(stored[1].position)).toBeGreaterThan(BigInt(stored[0].position));

    const raw: { transaction_id: string | null; recorded_at: Date | null }[] = await dataSource.query(
      `SELECT transaction_id::text, recorded_at FROM events WHERE stream_id = 'thing-1'`,
    );
    expect(raw).toHaveLength(3);
    for (const r of raw) {
      expect(r.transaction_id).not.toBeNull();
      expect(r.recorded_at).toBeInstanceOf(Date);
    }

    expect(await store.head('thing-1')).toEqual({ streamType: 'test.thing', version: 3 });
    expect(await store.head('no-such-stream')).toBeUndefined();
    expect(await store.load('no-such-stream')).toEqual({ version: 0, events: [] });
    expect(await metrics.registry.getSingleMetricAsString('custody_events_appended_total')).toMatch(
      /custody_events_appended_total\{stream_type="test.thing",type="A"} 1/,
    );
  });

  it('does nothing for an append without events', async () => {
    const before = await countRows(dataSource);
    await store.append([{ streamType: 'test.thing', streamId: 'empty', expectedVersion: 0, events: [] }]);
    await store.append([]);
    expect(await countRows(dataSource)).toBe(before);
  });

  it('refuses an append at a stale expected version with ConcurrencyConflict and writes nothing', async () => {
    await store.append([
      { streamType: 'test.thing', streamId: 'stale', expectedVersion: 0, events: [event('A'), event('B')] },
    ]);
    const before = await countRows(dataSource);

    for (const expectedVersion of [0, 1]) {
      const error = await failure(
        store.append([
          {
            streamType: 'test.thing',
            streamId: 'stale',
            expectedVersion,
            events: [event('X'), event('Y'), event('Z')],
          },
        ]),
      );
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('ConcurrencyConflict');
      expect((error as DomainError).family).toBe('Conflict');
    }

    expect(await countRows(dataSource)).toBe(before);
    expect((await store.load('stale')).events.map((e) => e.type)).toEqual(['A', 'B']);
  });

  it('appends to several streams atomically: one conflict writes nothing to any of them', async () => {
    await store.append([{ streamType: 'test.thing', streamId: 'multi-b', expectedVersion: 0, events: [event('B1')] }]);
    const before = await countRows(dataSource);

    const error = await failure(
      store.append([
        { streamType: 'test.thing', streamId: 'multi-a', expectedVersion: 0, events: [event('A1'), event('A2')] },
        { streamType: 'test.thing', streamId: 'multi-b', expectedVersion: 0, events: [event('B-conflicting')] },
        { streamType: 'test.other', streamId: 'multi-c', expectedVersion: 0, events: [event('C1')] },
      ]),
    );
    expect((error as DomainError).code).toBe('ConcurrencyConflict');
    expect(await countRows(dataSource)).toBe(before);
    expect(await countRows(dataSource, ['multi-a', 'multi-c'])).toBe(0);
    expect((await store.load('multi-b')).events).toEqual([event('B1')]);

    // The same append at the right versions writes all three streams in one transaction.
    await store.append([
      { streamType: 'test.thing', streamId: 'multi-a', expectedVersion: 0, events: [event('A1'), event('A2')] },
      { streamType: 'test.thing', streamId: 'multi-b', expectedVersion: 1, events: [event('B2')] },
      { streamType: 'test.other', streamId: 'multi-c', expectedVersion: 0, events: [event('C1')] },
    ]);
    const written: { n: number; txs: number }[] = await dataSource.query(
      `SELECT count(*)::int AS n, count(DISTINCT transaction_id)::int AS txs FROM events
        WHERE stream_id = ANY($1) AND type <> 'B1'`,
      [['multi-a', 'multi-b', 'multi-c']],
    );
    expect(written[0]).toEqual({ n: 4, txs: 1 });
    expect((await store.load('multi-b')).version).toBe(2);
  });

  it('rolls back with a surrounding transaction that fails after the append', async () => {
    await expect(
      dataSource.transaction(async (manager) => {
        await store.append(
          [{ streamType: 'test.thing', streamId: 'rolled-back', expectedVersion: 0, events: [event('A')] }],
          {},
          manager,
        );
        expect((await store.load('rolled-back', manager)).version).toBe(1);
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await countRows(dataSource, ['rolled-back'])).toBe(0);
  });

  it('notifies the projection runners when an append commits, and not when it rolls back', async () => {
    const listener = new Client({ connectionString: db.url });
    const channels: string[] = [];
    listener.on('notification', (n) => channels.push(n.channel));
    await listener.connect();
    try {
      await listener.query(`LISTEN ${NOTIFY_CHANNEL}`);
      await dataSource
        .transaction(async (manager) => {
          await store.append(
            [{ streamType: 'test.thing', streamId: 'notify-rolled-back', expectedVersion: 0, events: [event('A')] }],
            {},
            manager,
          );
          throw new Error('abort');
        })
        .catch(() => undefined);
      await store.append([{ streamType: 'test.thing', streamId: 'notify', expectedVersion: 0, events: [event('A')] }]);

      // Notifications arrive in commit order: had the rolled-back append notified, it would have come first.
      const deadline = Date.now() + 5000;
      while (channels.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
      expect(channels).toEqual([NOTIFY_CHANNEL]);
    } finally {
      await listener.end();
    }
  });

  it('lets exactly one of 20 concurrent appends at the same expected version succeed', async () => {
    await store.append([
      { streamType: 'test.thing', streamId: 'race', expectedVersion: 0, events: [event('Created')] },
    ]);

    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        store.append([
          {
            streamType: 'test.thing',
            streamId: 'race',
            expectedVersion: 1,
            events: [event('Raced', { i }), event('Then', { i })],
          },
        ]),
      ),
    );

    const fulfilled = results.filter((r) => r.status === 'fulfilled');
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(19);
    for (const r of rejected) expect((r.reason as DomainError).code).toBe('ConcurrencyConflict');

    const loaded = await store.load<DomainEvent<string, { i?: number }>>('race');
    expect(loaded.version).toBe(3);
    expect(loaded.events[1].data.i).toBe(loaded.events[2].data.i);
  });

  describe('with an inline projection', () => {
    let inlineStore: EventStore;
    const seen = async (streamId: string): Promise<string[]> =>
      (
        await dataSource.query(`SELECT type FROM test_inline_seen WHERE stream_id = $1 ORDER BY position`, [streamId])
      ).map((r: { type: string }) => r.type);

    beforeAll(async () => {
      await dataSource.query(
        `CREATE TABLE test_inline_seen (position bigint PRIMARY KEY, stream_id text NOT NULL, type text NOT NULL)`,
      );
      inlineStore = new EventStore(dataSource, new PlatformMetrics());
      inlineStore.useInlineProjections([
        {
          name: 'test_inline_seen',
          eventTypes: ['Seen', 'SeenAgain'],
          async apply(e: StoredEvent, m: EntityManager) {
            await m.query(`INSERT INTO test_inline_seen (position, stream_id, type) VALUES ($1, $2, $3)`, [
              e.position,
              e.streamId,
              e.type,
            ]);
          },
        },
      ]);
    });

    it('applies it to the appended events, in order, before the append returns', async () => {
      await inlineStore.append([
        {
          streamType: 'test.thing',
          streamId: 'inline-1',
          expectedVersion: 0,
          events: [event('Seen'), event('Other'), event('SeenAgain')],
        },
      ]);
      expect(await seen('inline-1')).toEqual(['Seen', 'SeenAgain']);
      expect(inlineStore.appliesInline('test_inline_seen')).toBe(true);
      expect(store.appliesInline('test_inline_seen')).toBe(false);
    });

    it('rolls the projection back with the surrounding transaction, and with a conflicting append', async () => {
      await dataSource
        .transaction(async (manager) => {
          await inlineStore.append(
            [{ streamType: 'test.thing', streamId: 'inline-2', expectedVersion: 0, events: [event('Seen')] }],
            {},
            manager,
          );
          expect(await manager.query(`SELECT 1 FROM test_inline_seen WHERE stream_id = 'inline-2'`)).toHaveLength(1);
          throw new Error('abort');
        })
        .catch(() => undefined);
      expect(await seen('inline-2')).toEqual([]);

      await inlineStore.append([
        { streamType: 'test.thing', streamId: 'inline-3', expectedVersion: 0, events: [event('Seen')] },
      ]);
      const conflict = await failure(
        inlineStore.append([
          { streamType: 'test.thing', streamId: 'inline-3', expectedVersion: 0, events: [event('SeenAgain')] },
        ]),
      );
      expect((conflict as DomainError).code).toBe('ConcurrencyConflict');
      expect(await seen('inline-3')).toEqual(['Seen']);
    });

    it('notifies once the caller says its surrounding transaction committed', async () => {
      const listener = new Client({ connectionString: db.url });
      let notified = 0;
      listener.on('notification', () => (notified += 1));
      await listener.connect();
      try {
        await listener.query(`LISTEN ${NOTIFY_CHANNEL}`);
        await dataSource.transaction((manager) =>
          inlineStore.append(
            [{ streamType: 'test.thing', streamId: 'inline-4', expectedVersion: 0, events: [event('Seen')] }],
            {},
            manager,
          ),
        );
        inlineStore.committed();
        const deadline = Date.now() + 5000;
        while (notified === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
        expect(notified).toBeGreaterThan(0);
      } finally {
        await listener.end();
      }
    });
  });

  describe('with a projection write carried by the append statement', () => {
    let carryingStore: EventStore;
    const rowsOf = async (streamId: string) =>
      (await dataSource.query(`SELECT version, via FROM test_carried WHERE stream_id = $1 ORDER BY version`, [
        streamId,
      ])) as { version: number; via: string }[];

    beforeAll(async () => {
      await dataSource.query(
        `CREATE TABLE test_carried (stream_id text NOT NULL, version int NOT NULL, via text NOT NULL,
           PRIMARY KEY (stream_id, version))`,
      );
      carryingStore = new EventStore(dataSource, new PlatformMetrics());
      carryingStore.useInlineProjections([
        {
          name: 'test_carried',
          eventTypes: ['Carried'],
          // Offered for every event: the store takes it only for a stream's first event in an append.
          writeWithAppend: (e, param) =>
            `INSERT INTO test_carried (stream_id, version, via) VALUES (${param(e.streamId)}, ${param(e.version)}, 'statement')`,
          async apply(e: StoredEvent, m: EntityManager) {
            await m.query(`INSERT INTO test_carried (stream_id, version, via) VALUES ($1, $2, 'apply')`, [
              e.streamId,
              e.version,
            ]);
          },
        },
      ]);
    });
    afterEach(() => jest.restoreAllMocks());

    it('writes a first event and its projection in one statement, with no transaction opened', async () => {
      const transactions = jest.spyOn(dataSource, 'transaction');
      // The store runs its statement straight on the pool (a named statement, see EventStore.run).
      const pool = (dataSource.driver as unknown as { master: { query: (...args: unknown[]) => unknown } }).master;
      const queries = jest.spyOn(pool, 'query');
      await carryingStore.append([
        { streamType: 'test.thing', streamId: 'carried-1', expectedVersion: 0, events: [event('Carried')] },
      ]);
      expect(transactions).not.toHaveBeenCalled();
      expect(queries).toHaveBeenCalledTimes(1);
      expect(queries.mock.calls[0][0]).toMatchObject({ name: expect.stringMatching(/^custody_append_/) });
      expect(await rowsOf('carried-1')).toEqual([{ version: 1, via: 'statement' }]);
    });

    it('applies the later events of a stream in the same append after the statement, in one transaction', async () => {
      await carryingStore.append([
        {
          streamType: 'test.thing',
          streamId: 'carried-2',
          expectedVersion: 0,
          events: [event('Carried'), event('Other'), event('Carried')],
        },
        { streamType: 'test.thing', streamId: 'carried-3', expectedVersion: 0, events: [event('Carried')] },
      ]);
      expect(await rowsOf('carried-2')).toEqual([
        { version: 1, via: 'statement' },
        { version: 3, via: 'apply' },
      ]);
      expect(await rowsOf('carried-3')).toEqual([{ version: 1, via: 'statement' }]);

      await carryingStore.append([
        { streamType: 'test.thing', streamId: 'carried-3', expectedVersion: 1, events: [event('Carried')] },
      ]);
      expect(await rowsOf('carried-3')).toEqual([
        { version: 1, via: 'statement' },
        { version: 2, via: 'statement' },
      ]);
    });

    it('carries at most 32 writes in a large append and applies the rest after the statement', async () => {
      const streams = Array.from({ length: 40 }, (_, i) => `carried-many-${String(i).padStart(2, '0')}`);
      await carryingStore.append(
        streams.map((streamId) => ({
          streamType: 'test.thing',
          streamId,
          expectedVersion: 0,
          events: [event('Carried')],
        })),
      );
      const rows: { via: string; n: number }[] = await dataSource.query(
        `SELECT via, count(*)::int AS n FROM test_carried WHERE stream_id LIKE 'carried-many-%' GROUP BY via ORDER BY via`,
      );
      expect(rows).toEqual([
        { via: 'apply', n: 8 },
        { via: 'statement', n: 32 },
      ]);
    });

    it('writes neither the events nor the projection row when the append conflicts', async () => {
      await carryingStore.append([
        { streamType: 'test.thing', streamId: 'carried-4', expectedVersion: 0, events: [event('Other')] },
      ]);
      const conflict = await failure(
        carryingStore.append([
          { streamType: 'test.thing', streamId: 'carried-4', expectedVersion: 0, events: [event('Carried')] },
        ]),
      );
      expect((conflict as DomainError).code).toBe('ConcurrencyConflict');
      expect(await rowsOf('carried-4')).toEqual([]);
      expect(await countRows(dataSource, ['carried-4'])).toBe(1);
    });

    it('rolls the carried write back with a surrounding transaction', async () => {
      await dataSource
        .transaction(async (manager) => {
          await carryingStore.append(
            [{ streamType: 'test.thing', streamId: 'carried-5', expectedVersion: 0, events: [event('Carried')] }],
            {},
            manager,
          );
          expect(await manager.query(`SELECT 1 FROM test_carried WHERE stream_id = 'carried-5'`)).toHaveLength(1);
          throw new Error('abort');
        })
        .catch(() => undefined);
      expect(await rowsOf('carried-5')).toEqual([]);
      expect(await countRows(dataSource, ['carried-5'])).toBe(0);
    });
  });

  describe('shared appends (group commit)', () => {
    const create = (streamId: string, principalId: string) =>
      store.appendShared(
        [{ streamType: 'test.thing', streamId, expectedVersion: 0, events: [event('Created', { streamId })] }],
        { principalId },
      );
    afterEach(() => jest.restoreAllMocks());

    it('sends appends arriving while two statements are under way together, each with its own metadata', async () => {
      const statements = jest.spyOn(pool(), 'query');
      const ids = Array.from({ length: 10 }, (_, i) => `shared-${i}`);
      await Promise.all(ids.map((id) => create(id, `principal-of-${id}`)));
      // Two go at once; the eight that arrived meanwhile share the next statement.
      expect(statements).toHaveBeenCalledTimes(3);
      const rows: { stream_id: string; principal: string; version: number }[] = await dataSource.query(
        `SELECT stream_id, metadata->>'principalId' AS principal, version FROM events WHERE stream_id = ANY($1)`,
        [ids],
      );
      expect(rows).toHaveLength(10);
      for (const row of rows) expect(row).toMatchObject({ principal: `principal-of-${row.stream_id}`, version: 1 });
    });

    it('fails only the append that conflicts, never the others sharing its statement', async () => {
      await store.append([
        { streamType: 'test.thing', streamId: 'shared-taken', expectedVersion: 0, events: [event('Created')] },
      ]);
      const outcomes = await Promise.allSettled([
        create('shared-a', 'p'),
        create('shared-b', 'p'),
        create('shared-c', 'p'),
        create('shared-taken', 'p'),
        create('shared-d', 'p'),
      ]);
      expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
      expect(((outcomes[3] as PromiseRejectedResult).reason as DomainError).code).toBe('ConcurrencyConflict');
      expect(await countRows(dataSource, ['shared-a', 'shared-b', 'shared-c', 'shared-d'])).toBe(4);
      expect(await countRows(dataSource, ['shared-taken'])).toBe(1);
    });

    it('never holds back a full statement: under load the rate is not bounded by the statements in flight', async () => {
      const original = pool().query.bind(pool());
      let openGate!: () => void;
      const gate = new Promise<void>((resolve) => (openGate = resolve));
      let calls = 0;
      // The first two statements stall (a slow round trip); full ones arriving meanwhile must still go.
      jest.spyOn(pool(), 'query').mockImplementation(((...args: Parameters<typeof original>) => {
        calls += 1;
        return calls <= 2 ? gate.then(() => original(...args)) : original(...args);
      }) as typeof original);
      const ids = Array.from({ length: 2 + 3 * 8 }, (_, i) => `full-${i}`);
      const created = Promise.all(ids.map((id) => create(id, 'p')));
      for (let waited = 0; calls < 5 && waited < 5000; waited += 10) await new Promise((r) => setTimeout(r, 10));
      expect(calls).toBe(5);
      openGate();
      await created;
      expect(calls).toBe(5);
      expect(await countRows(dataSource, ids)).toBe(ids.length);
    });

    it('goes at once when nothing else is under way', async () => {
      const statements = jest.spyOn(pool(), 'query');
      await create('shared-alone', 'p');
      expect(statements).toHaveBeenCalledTimes(1);
      expect(await countRows(dataSource, ['shared-alone'])).toBe(1);
    });
  });

  describe("with the caller's own writes and the event's data unnested in the append statement (issue 11)", () => {
    let batchStore: EventStore;
    const applied: StoredEvent[] = [];

    beforeAll(async () => {
      await dataSource.query(
        `CREATE TABLE test_staged (stream_id text NOT NULL, item text NOT NULL, via text NOT NULL)`,
      );
      batchStore = new EventStore(dataSource, new PlatformMetrics());
      batchStore.useInlineProjections([
        {
          name: 'test_staged_projection',
          eventTypes: ['Staged'],
          // Two writes, both unnesting the event's own data in SQL.
          writeWithAppend: (e) => [
            `INSERT INTO test_staged (stream_id, item, via)
             SELECT '${e.streamId}', i, 'projection' FROM jsonb_array_elements_text((${e.dataSql})->'items') i`,
            `INSERT INTO test_staged (stream_id, item, via) VALUES ('${e.streamId}', 'count:' || jsonb_array_length((${e.dataSql})->'items'), 'projection')`,
          ],
          async apply(e: StoredEvent) {
            applied.push(e);
          },
        },
      ]);
    });

    it("runs the caller's writes and the projection's in the one statement, reading the data sent once", async () => {
      const queries = jest.spyOn(pool(), 'query');
      await batchStore.append(
        [
          {
            streamType: 'test.batch',
            streamId: 'batch-1',
            expectedVersion: 0,
            events: [event('Staged', { items: ['a', 'b'] })],
          },
        ],
        {},
        undefined,
        (e, param) => [
          `INSERT INTO test_staged (stream_id, item, via)
           SELECT ${param(e.streamId)}, i || ${param('!')}, 'caller' FROM jsonb_array_elements_text((${e.dataSql})->'items') i`,
        ],
      );
      expect(queries).toHaveBeenCalledTimes(1);
      jest.restoreAllMocks();
      const rows = await dataSource.query(
        `SELECT item, via FROM test_staged WHERE stream_id = 'batch-1' ORDER BY via, item`,
      );
      expect(rows).toEqual([
        { item: 'a!', via: 'caller' },
        { item: 'b!', via: 'caller' },
        { item: 'a', via: 'projection' },
        { item: 'b', via: 'projection' },
        { item: 'count:2', via: 'projection' },
      ]);
      expect(applied).toEqual([]);
    });

    it('hands the events applied after the statement their data and envelope, though only positions come back', async () => {
      await batchStore.append(
        [
          {
            streamType: 'test.batch',
            streamId: 'batch-2',
            expectedVersion: 0,
            events: [event('Staged', { items: ['x'] }), event('Staged', { items: ['y', 'z'], note: 'second' })],
          },
        ],
        { correlationId: 'c-1' },
      );
      expect(applied).toHaveLength(1);
      const [stored] = await store.loadStored('batch-2');
      const second = (await store.loadStored('batch-2'))[1];
      expect(applied[0]).toEqual({ ...second, data: { items: ['y', 'z'], note: 'second' } });
      expect(stored.data).toEqual({ items: ['x'] });
      expect(applied[0].metadata).toEqual({ correlationId: 'c-1' });
    });

    it("writes nothing of the caller's when the append conflicts", async () => {
      await batchStore.append([
        { streamType: 'test.batch', streamId: 'batch-3', expectedVersion: 0, events: [event('Other')] },
      ]);
      const conflict = await failure(
        batchStore.append(
          [{ streamType: 'test.batch', streamId: 'batch-3', expectedVersion: 0, events: [event('Other')] }],
          {},
          undefined,
          (e) => [`INSERT INTO test_staged (stream_id, item, via) VALUES ('${e.streamId}', 'x', 'caller')`],
        ),
      );
      expect((conflict as DomainError).code).toBe('ConcurrencyConflict');
      expect(await dataSource.query(`SELECT 1 FROM test_staged WHERE stream_id = 'batch-3'`)).toEqual([]);
    });
  });
});
