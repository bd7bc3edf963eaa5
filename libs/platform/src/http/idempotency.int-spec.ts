import { TestDatabase, createTestDatabase } from '@custody/platform/testing';
import { DataSource } from 'typeorm';
import { createDataSource } from '../database/data-source';
import { IdempotencyStore } from './idempotency';

/** Creating (or waiting for) the template database can take a while on a busy machine. */
const DATABASE_HOOK_TIMEOUT_MS = 30_000;

const ann = '0190a000-0000-7000-8000-0000000000a1';
const bob = '0190a000-0000-7000-8000-0000000000b2';

describe('IdempotencyStore', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let store: IdempotencyStore;

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = createDataSource(db.url, [], 12);
    await dataSource.initialize();
    store = new IdempotencyStore(dataSource);
  }, DATABASE_HOOK_TIMEOUT_MS);

  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  }, DATABASE_HOOK_TIMEOUT_MS);

  it('claims a new key, then replays the recorded answer for the same request', async () => {
    expect(await store.claim(ann, 'k-replay', 'hash-1')).toEqual({ kind: 'claimed' });
    await store.complete(ann, 'k-replay', 201, { id: 'x', nested: { list: [1, 2] } }, 'application/json');

    const replay = {
      kind: 'replay',
      status: 201,
      body: { id: 'x', nested: { list: [1, 2] } },
      contentType: 'application/json',
    };
    expect(await store.claim(ann, 'k-replay', 'hash-1')).toEqual(replay);
    expect(await store.claim(ann, 'k-replay', 'hash-1')).toEqual(replay);
  });

  it('replays a recorded refusal with its status and content type, and an empty body as null', async () => {
    await store.claim(ann, 'k-problem', 'hash-1');
    await store.complete(ann, 'k-problem', 409, { code: 'Conflict' }, 'application/problem+json');
    expect(await store.claim(ann, 'k-problem', 'hash-1')).toEqual({
      kind: 'replay',
      status: 409,
      body: { code: 'Conflict' },
      contentType: 'application/problem+json',
    });

    await store.claim(ann, 'k-empty', 'hash-1');
    await store.complete(ann, 'k-empty', 204, undefined, 'application/json');
    expect(await store.claim(ann, 'k-empty', 'hash-1')).toEqual({
      kind: 'replay',
      status: 204,
      body: null,
      contentType: 'application/json',
    });
  });

  it('answers mismatch for the same key with another request, pending or done', async () => {
    await store.claim(ann, 'k-mismatch', 'hash-1');
    expect(await store.claim(ann, 'k-mismatch', 'hash-2')).toEqual({ kind: 'mismatch' });
    await store.complete(ann, 'k-mismatch', 201, { ok: true }, 'application/json');
    expect(await store.claim(ann, 'k-mismatch', 'hash-2')).toEqual({ kind: 'mismatch' });
    // The mismatching claim changed nothing.
    expect(await store.claim(ann, 'k-mismatch', 'hash-1')).toMatchObject({ kind: 'replay', body: { ok: true } });
  });

  it('answers in-progress while the first request has not completed', async () => {
    expect(await store.claim(ann, 'k-pending', 'hash-1')).toEqual({ kind: 'claimed' });
    expect(await store.claim(ann, 'k-pending', 'hash-1')).toEqual({ kind: 'in-progress' });
  });

  it('keeps keys apart per principal', async () => {
    expect(await store.claim(ann, 'k-shared', 'hash-ann')).toEqual({ kind: 'claimed' });
    expect(await store.claim(bob, 'k-shared', 'hash-bob')).toEqual({ kind: 'claimed' });
    await store.complete(bob, 'k-shared', 201, { who: 'bob' }, 'application/json');
    expect(await store.claim(ann, 'k-shared', 'hash-ann')).toEqual({ kind: 'in-progress' });
    expect(await store.claim(bob, 'k-shared', 'hash-bob')).toMatchObject({ kind: 'replay', body: { who: 'bob' } });
  });

  it('lets a released claim be taken again, but never releases a completed one', async () => {
    await store.claim(ann, 'k-release', 'hash-1');
    await store.release(ann, 'k-release');
    expect(await store.claim(ann, 'k-release', 'hash-1')).toEqual({ kind: 'claimed' });
    await store.complete(ann, 'k-release', 201, { n: 1 }, 'application/json');
    await store.release(ann, 'k-release');
    expect(await store.claim(ann, 'k-release', 'hash-1')).toMatchObject({ kind: 'replay', body: { n: 1 } });
  });

  it('takes over a stale pending claim of the same request only', async () => {
    await store.claim(ann, 'k-stale', 'hash-1');
    await dataSource.query(
      `UPDATE idempotency_records SET updated_at = now() - interval '10 minutes' WHERE principal_id = $1 AND key = $2`,
      [ann, 'k-stale'],
    );
    expect(await store.claim(ann, 'k-stale', 'hash-2')).toEqual({ kind: 'mismatch' });
    expect(await store.claim(ann, 'k-stale', 'hash-1')).toEqual({ kind: 'claimed' });
    expect(await store.claim(ann, 'k-stale', 'hash-1')).toEqual({ kind: 'in-progress' });
  });

  it('lets exactly one of 10 concurrent claims of a key win', async () => {
    const claims = await Promise.all(Array.from({ length: 10 }, () => store.claim(ann, 'k-race', 'hash-1')));
    expect(claims.filter((c) => c.kind === 'claimed')).toHaveLength(1);
    expect(claims.filter((c) => c.kind === 'in-progress')).toHaveLength(9);
  });
});
