import { DomainError, conflict } from '@custody/kernel';
import { TestDatabase, createTestDatabase } from '@custody/platform/testing';
import { DataSource } from 'typeorm';
import { ambientManager } from '../commands/idempotent-scope';
import { createDataSource } from '../database/data-source';
import { IdempotencyStore, RecordedAnswer } from './idempotency';
import { ReplayedResponse } from './problem.filter';

/** Creating (or waiting for) the template database can take a while on a busy machine. */
const DATABASE_HOOK_TIMEOUT_MS = 30_000;

const ann = '0190a000-0000-7000-8000-0000000000a1';
const bob = '0190a000-0000-7000-8000-0000000000b2';
const json = (status: number, body: unknown): RecordedAnswer => ({ status, body, contentType: 'application/json' });

describe('IdempotencyStore', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let store: IdempotencyStore;

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = createDataSource(db.url, [], 12);
    await dataSource.initialize();
    await dataSource.query(`CREATE TABLE effects (key text)`);
    store = new IdempotencyStore(dataSource);
  }, DATABASE_HOOK_TIMEOUT_MS);

  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  }, DATABASE_HOOK_TIMEOUT_MS);

  const caught = (p: Promise<unknown>) => p.then(() => undefined).catch((e: unknown) => e);
  const effects = async (key: string) =>
    ((await dataSource.query(`SELECT count(*)::int AS n FROM effects WHERE key = $1`, [key])) as { n: number }[])[0].n;
  /** A piece of work whose write goes through the request's own transaction. */
  const effect = (key: string, answer: RecordedAnswer) => async () => {
    await ambientManager(dataSource).query(`INSERT INTO effects (key) VALUES ($1)`, [key]);
    return answer;
  };

  it('runs the work once and answers the recorded response to the same request again', async () => {
    const first = await store.run(ann, 'k-replay', 'h1', effect('k-replay', json(201, { id: 'x', list: [1, 2] })));
    expect(first.body).toEqual({ id: 'x', list: [1, 2] });
    for (let i = 0; i < 2; i++) {
      const again = await caught(store.run(ann, 'k-replay', 'h1', effect('k-replay', json(201, { id: 'y' }))));
      expect(again).toEqual(new ReplayedResponse(201, { id: 'x', list: [1, 2] }, 'application/json'));
    }
    expect(await effects('k-replay')).toBe(1);
  });

  it('answers 422 IdempotencyKeyReused for another request under the key', async () => {
    await store.run(ann, 'k-mismatch', 'h1', async () => json(201, { ok: true }));
    const error = (await caught(store.run(ann, 'k-mismatch', 'h2', async () => json(201, {})))) as DomainError;
    expect(error.code).toBe('IdempotencyKeyReused');
  });

  it('commits the effect and the settled key together: a failure after the effect leaves neither', async () => {
    const error = await caught(
      store.run(ann, 'k-crash', 'h1', async () => {
        await effect('k-crash', json(201, {}))();
        throw new Error('the process died here');
      }),
    );
    expect((error as Error).message).toBe('the process died here');
    expect(await effects('k-crash')).toBe(0);
    // Nothing was recorded: the retry runs the work afresh, at once (no lease to wait out).
    const retry = await store.run(ann, 'k-crash', 'h1', effect('k-crash', json(201, { n: 1 })));
    expect(retry.body).toEqual({ n: 1 });
    expect(await effects('k-crash')).toBe(1);
  });

  it('records a refusal (its effects undone) and answers it again; a 5xx is not recorded', async () => {
    const refuse = async () => {
      await effect('k-refused', json(201, {}))();
      throw conflict('LatchAlreadyOpen', 'open');
    };
    expect(((await caught(store.run(ann, 'k-refused', 'h1', refuse))) as DomainError).code).toBe('LatchAlreadyOpen');
    const again = (await caught(store.run(ann, 'k-refused', 'h1', refuse))) as ReplayedResponse;
    expect(again).toBeInstanceOf(ReplayedResponse);
    expect(again.status).toBe(409);
    expect(again.contentType).toBe('application/problem+json');
    expect(await effects('k-refused')).toBe(0);
  });

  it('stores a refusal that echoes a NUL or lone surrogate (U+FFFD in its place)', async () => {
    const refuse = async (): Promise<RecordedAnswer> => {
      throw new DomainError('ValidationFailed', 'Invalid', 'bad \u0000 name \ud800', [
        { path: 'a\u0000b', message: 'x' },
      ]);
    };
    await caught(store.run(ann, 'k-nul', 'h1', refuse));
    const again = (await caught(store.run(ann, 'k-nul', 'h1', refuse))) as ReplayedResponse;
    expect(again).toBeInstanceOf(ReplayedResponse);
    expect(again.body).toMatchObject({ detail: 'bad \ufffd name \ufffd', errors: [{ path: 'a\ufffdb' }] });
  });

  it('never records the secret fields of an answer', async () => {
    const answer = await store.run(ann, 'k-secret', 'h1', async () => json(201, { id: 'p', token: 'cus_secret' }), {
      secretFields: ['token'],
    });
    expect(answer.body).toEqual({ id: 'p', token: 'cus_secret' });
    const rows: { body: unknown }[] = await dataSource.query(
      `SELECT body FROM idempotency_records WHERE key = 'k-secret'`,
    );
    expect(rows[0].body).toEqual({ id: 'p' });
    expect(JSON.stringify(await dataSource.query(`SELECT * FROM idempotency_records`))).not.toContain('cus_secret');
  });

  it('keeps keys apart per principal', async () => {
    await store.run(ann, 'k-shared', 'h-ann', async () => json(201, { who: 'ann' }));
    expect((await store.run(bob, 'k-shared', 'h-bob', async () => json(201, { who: 'bob' }))).body).toEqual({
      who: 'bob',
    });
  });

  it('runs exactly one of 10 concurrent requests with a key; the others wait and answer its response', async () => {
    let calls = 0;
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        caught(
          store.run(ann, 'k-race', 'h1', async () => {
            calls += 1;
            await effect('k-race', json(201, {}))();
            await new Promise((r) => setTimeout(r, 50));
            return json(201, { winner: true });
          }),
        ),
      ),
    );
    expect(calls).toBe(1);
    expect(await effects('k-race')).toBe(1);
    expect(results.filter((r) => r instanceof ReplayedResponse)).toHaveLength(9);
  });
});
