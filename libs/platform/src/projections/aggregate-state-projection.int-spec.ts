import { TestDatabase, createTestDatabase } from '@custody/platform/testing';
import fc from 'fast-check';
import { DataSource } from 'typeorm';
import { createDataSource } from '../database/data-source';
import { StoredEvent } from '../event-store/event-store';
import { AggregateStateProjection } from './aggregate-state-projection';

/** Creating (or waiting for) the template database can take a while on a busy machine. */
const DATABASE_HOOK_TIMEOUT_MS = 30_000;

type TallyEvent = { type: 'Opened' | 'Added' | 'Closed'; data: { n?: number } };
interface TallyState {
  readonly open: boolean;
  readonly total: number;
}

/** A tally per stream; `closed` is null until it closes, so rows of one batch can differ in their values. */
class TallyProjection extends AggregateStateProjection<TallyState, TallyEvent> {
  readonly name: string;
  readonly eventTypes = ['Opened', 'Added', 'Closed'];
  protected readonly table: string;
  protected readonly initialState: TallyState = { open: false, total: 0 };
  constructor(table: string) {
    super();
    this.name = table;
    this.table = table;
  }
  protected evolve(state: TallyState, event: TallyEvent): TallyState {
    if (event.type === 'Opened') return { open: true, total: 0 };
    if (event.type === 'Added') return { ...state, total: state.total + (event.data.n ?? 0) };
    return { ...state, open: false };
  }
  protected columns(state: TallyState): Record<string, unknown> {
    return { total: state.total, closed: state.open ? null : true };
  }
}

const STREAMS = ['0190a000-0000-7000-8000-000000000001', '0190a000-0000-7000-8000-000000000002'];

function eventsOf(script: readonly { stream: number; type: TallyEvent['type']; n: number }[]): StoredEvent[] {
  const versions = new Map<string, number>();
  return script.map((step, i) => {
    const streamId = STREAMS[step.stream];
    const version = (versions.get(streamId) ?? 0) + 1;
    versions.set(streamId, version);
    return {
      position: String(i + 1),
      transactionId: String(i + 1),
      streamType: 'test.tally',
      streamId,
      version,
      type: step.type,
      schemaVersion: 1,
      data: { n: step.n },
      metadata: {},
      recordedAt: new Date(0).toISOString(),
    } as StoredEvent;
  });
}

/**
 * A batch applied at once (`applyAll`: one read of its rows, one upsert) leaves exactly the rows that applying its
 * events one by one leaves, whatever the batch, including events already applied (a daemon replaying what an
 * append applied inline) and a batch cut anywhere.
 */
describe('AggregateStateProjection.applyAll', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  const oneByOne = new TallyProjection('test_tally_one');
  const batched = new TallyProjection('test_tally_batch');

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = createDataSource(db.url, [], 4);
    await dataSource.initialize();
    for (const table of ['test_tally_one', 'test_tally_batch'])
      await dataSource.query(
        `CREATE TABLE ${table} (stream_id uuid PRIMARY KEY, version integer NOT NULL, state jsonb NOT NULL,
           total integer NOT NULL, closed boolean)`,
      );
  }, DATABASE_HOOK_TIMEOUT_MS);
  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  }, DATABASE_HOOK_TIMEOUT_MS);

  const rowsOf = (table: string) =>
    dataSource.query(`SELECT stream_id::text, version, state, total, closed FROM ${table} ORDER BY stream_id`);

  it('leaves the rows one-by-one application leaves, for any batch and any cut', async () => {
    const step = fc.record({
      stream: fc.integer({ min: 0, max: 1 }),
      type: fc.constantFrom<TallyEvent['type']>('Opened', 'Added', 'Added', 'Closed'),
      n: fc.integer({ min: -5, max: 5 }),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(step, { minLength: 1, maxLength: 30 }),
        fc.nat(),
        fc.nat(),
        async (script, cut, replay) => {
          const events = eventsOf(script);
          const at = cut % (events.length + 1);
          // The second batch starts up to `replay` events before the first one ended: those are applied again.
          const from = Math.max(0, at - (replay % 4));
          await dataSource.transaction(async (m) => {
            await m.query(`DELETE FROM test_tally_one`);
            await m.query(`DELETE FROM test_tally_batch`);
            for (const event of events) await oneByOne.apply(event, m);
            await batched.applyAll(events.slice(0, at), m);
            await batched.applyAll(events.slice(from), m);
          });
          expect(await rowsOf('test_tally_batch')).toEqual(await rowsOf('test_tally_one'));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('reads and writes a batch of many events in two statements', async () => {
    const events = eventsOf([
      { stream: 0, type: 'Opened', n: 0 },
      { stream: 1, type: 'Opened', n: 0 },
      ...Array.from({ length: 40 }, (_, i) => ({ stream: i % 2, type: 'Added' as const, n: i })),
      { stream: 1, type: 'Closed', n: 0 },
    ]);
    const statements: string[] = [];
    await dataSource.transaction(async (m) => {
      const query = m.query.bind(m);
      m.query = (sql: string, params?: unknown[]) => {
        statements.push(sql);
        return query(sql, params);
      };
      await m.query(`DELETE FROM test_tally_batch`);
      statements.length = 0;
      await batched.applyAll(events, m);
    });
    // Stream 1 closed, stream 0 open: two shapes of values, one shape of columns, so one upsert.
    expect(statements).toHaveLength(2);
    expect(await rowsOf('test_tally_batch')).toEqual([
      expect.objectContaining({ stream_id: STREAMS[0], version: 21, total: 380, closed: null }),
      expect.objectContaining({ stream_id: STREAMS[1], version: 22, total: 400, closed: true }),
    ]);
  });
});
