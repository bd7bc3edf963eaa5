import { Decider, DomainError, DomainEvent, conflict, formatUuidV7 } from '@custody/kernel';
import { TestDatabase, createTestDatabase } from '@custody/platform/testing';
import { randomFillSync } from 'node:crypto';
import { DataSource } from 'typeorm';
import { CommandMeta } from './command-meta';
import { AggregateRepository } from './aggregate-repository';
import { createDataSource } from '../database/data-source';
import { EventStore } from '../event-store/event-store';
import { PlatformMetrics } from '../observability/metrics';

/** Creating (or waiting for) the template database can take a while on a busy machine. */
const DATABASE_HOOK_TIMEOUT_MS = 30_000;

/** A latch that opens once: only one `Open` is ever allowed. */
type LatchEvent = DomainEvent<'LatchOpened', { by: string; at: string; eventId: string }>;
interface LatchState {
  readonly open: boolean;
}
const latchDecider: Decider<LatchState, { by: string }, LatchEvent> = {
  initialState: { open: false },
  evolve: () => ({ open: true }),
  decide: (state, command, _context, deps) => {
    if (state.open) throw conflict('LatchAlreadyOpen', 'The latch is already open.');
    return [{ type: 'LatchOpened', data: { by: command.by, at: deps.now, eventId: deps.newId() } }];
  },
};

const meta = (by: string): CommandMeta => ({
  principal: { principalId: '0190a000-0000-7000-8000-0000000000aa', name: by, roles: ['operator'], groups: [] },
  correlationId: `corr-${by}`,
  idempotencyKey: `idem-${by}`,
});

describe('AggregateRepository', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let repository: AggregateRepository;

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = createDataSource(db.url, [], 20);
    await dataSource.initialize();
    repository = new AggregateRepository(
      dataSource,
      new EventStore(dataSource, new PlatformMetrics()),
      { now: () => new Date().toISOString() },
      { newId: () => formatUuidV7(Date.now(), randomFillSync(new Uint8Array(10))) },
    );
  }, DATABASE_HOOK_TIMEOUT_MS);

  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  }, DATABASE_HOOK_TIMEOUT_MS);

  const open = (streamId: string, by: string) =>
    repository.execute({ decider: latchDecider, streamType: 'test.latch', streamId, command: { by }, meta: meta(by) });

  it('decides, appends with the command metadata and returns the new state and version', async () => {
    const decision = await open('latch-1', 'ann');
    expect(decision.state).toEqual({ open: true });
    expect(decision.version).toBe(1);
    expect(decision.events).toEqual([
      { type: 'LatchOpened', data: { by: 'ann', at: expect.any(String), eventId: expect.any(String) } },
    ]);

    const rows: { version: number; metadata: Record<string, unknown> }[] = await dataSource.query(
      `SELECT version, metadata FROM events WHERE stream_id = 'latch-1'`,
    );
    expect(rows).toEqual([
      {
        version: 1,
        metadata: {
          correlationId: 'corr-ann',
          principalId: '0190a000-0000-7000-8000-0000000000aa',
          idempotencyKey: 'idem-ann',
        },
      },
    ]);
    expect(await repository.load(latchDecider, 'latch-1')).toEqual({ state: { open: true }, version: 1 });

    const error = (await open('latch-1', 'bob').catch((e: unknown) => e)) as DomainError;
    expect(error.code).toBe('LatchAlreadyOpen');
  });

  it('turns a lost race into the domain refusal: 10 concurrent runs give one success and nine refusals', async () => {
    const results = await Promise.allSettled(Array.from({ length: 10 }, (_, i) => open('latch-race', `runner-${i}`)));

    const fulfilled = results.filter((r) => r.status === 'fulfilled');
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(fulfilled).toHaveLength(1);
    expect(rejected.map((r) => (r.reason as DomainError).code)).toEqual(Array(9).fill('LatchAlreadyOpen'));

    const rows: { n: number }[] = await dataSource.query(
      `SELECT count(*)::int AS n FROM events WHERE stream_id = 'latch-race'`,
    );
    expect(rows[0].n).toBe(1);
  });

  it('appends nothing when the unit of work fails after staging, and does not retry that failure', async () => {
    let calls = 0;
    const error = await repository
      .transact(meta('ann'), async (unit) => {
        calls += 1;
        const { state } = await unit.load(latchDecider, 'latch-after');
        unit.append('test.latch', 'latch-after', latchDecider.decide(state, { by: 'ann' }, undefined, unit.deps));
        throw new Error('read model write failed');
      })
      .catch((e: unknown) => e);
    expect((error as Error).message).toBe('read model write failed');
    expect(calls).toBe(1);
    expect(await repository.load(latchDecider, 'latch-after')).toEqual({ state: { open: false }, version: 0 });
  });

  it('appends to several streams atomically, with each stream at its loaded version', async () => {
    await repository.transact(meta('bob'), async (unit) => {
      for (const id of ['pair-a', 'pair-b']) {
        const { state } = await unit.load(latchDecider, id);
        unit.append('test.latch', id, latchDecider.decide(state, { by: 'bob' }, undefined, unit.deps));
      }
    });
    const rows: { stream_id: string; version: number; transaction_id: string }[] = await dataSource.query(
      `SELECT stream_id, version, transaction_id::text FROM events WHERE stream_id IN ('pair-a', 'pair-b') ORDER BY stream_id`,
    );
    expect(rows.map((r) => [r.stream_id, r.version])).toEqual([
      ['pair-a', 1],
      ['pair-b', 1],
    ]);
    expect(rows[0].transaction_id).toBe(rows[1].transaction_id);
  });

  it('serialises commands that read a stream they do not write: a guard on another aggregate holds under concurrency', async () => {
    // "Open the gate only while the latch is closed" racing "open the latch only while the gate is closed":
    // each reads the other's stream and writes its own, so only locking keeps them from both passing.
    const openUnless = (own: string, other: string) =>
      repository.transact(meta(own), async (unit) => {
        await unit.lock([own, other]);
        const guard = await unit.load(latchDecider, other);
        if (guard.state.open) throw conflict('OtherAlreadyOpen', `${other} is open`);
        const { state } = await unit.load(latchDecider, own);
        unit.append('test.latch', own, latchDecider.decide(state, { by: own }, undefined, unit.deps));
      });
    for (let round = 0; round < 5; round++) {
      const [gate, latch] = [`gate-${round}`, `latch-x-${round}`];
      const results = await Promise.allSettled([openUnless(gate, latch), openUnless(latch, gate)]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    }
  });

  describe('a new stream (its id made by the command)', () => {
    afterEach(() => jest.restoreAllMocks());
    const create = (streamId: string, by: string, loadContext?: () => Promise<void>) =>
      repository.execute({
        decider: latchDecider,
        streamType: 'test.latch',
        streamId,
        command: { by },
        meta: meta(by),
        newStream: true,
        loadContext,
      });

    it('is one statement with no transaction when the decision needs no facts', async () => {
      const transactions = jest.spyOn(dataSource, 'transaction');
      const decision = await create('latch-new-1', 'nia');
      expect(transactions).not.toHaveBeenCalled();
      expect(decision).toMatchObject({ state: { open: true }, version: 1 });
      const rows: { version: number; metadata: Record<string, unknown> }[] = await dataSource.query(
        `SELECT version, metadata FROM events WHERE stream_id = 'latch-new-1'`,
      );
      expect(rows).toEqual([{ version: 1, metadata: expect.objectContaining({ correlationId: 'corr-nia' }) }]);
    });

    it('answers the decider’s own refusal when the stream exists after all', async () => {
      await open('latch-new-2', 'ann');
      const refusal = await create('latch-new-2', 'bob').catch((error: unknown) => error);
      expect((refusal as DomainError).code).toBe('LatchAlreadyOpen');
      expect(await repository.load(latchDecider, 'latch-new-2')).toMatchObject({ version: 1 });
    });

    it('reads its facts in a transaction but neither locks nor loads the new stream', async () => {
      let facts = 0;
      const decision = await create('latch-new-3', 'cy', async () => {
        facts += 1;
      });
      expect(facts).toBe(1);
      expect(decision.version).toBe(1);
      expect(await repository.load(latchDecider, 'latch-new-3')).toEqual({ state: { open: true }, version: 1 });
    });
  });
});
