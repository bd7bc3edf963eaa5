import { Client } from 'pg';
import { TestApi, startTestApi } from './support/test-api';

const checksum = { algorithm: 'sha256', value: 'a'.repeat(64) };
/** Far above a list read's own time, far below the hang a query on the locked `events` table would cause. */
const READ_DEADLINE_MS = 4000;

/**
 * A list read costs O(the page it returns), never O(history): it issues no query on `events` at all. Proven by
 * holding an ACCESS EXCLUSIVE lock on `events` in another session while every list answers: any statement of
 * the read path touching the table (a catch-up check, a head lookup, a scan) would wait for the lock and the
 * request would miss its deadline. The writes just before also prove read-your-writes without a drain.
 */
describe('list read path', () => {
  let api: TestApi;
  let locker: Client;
  let ids: { datasetId: string; familyId: string; tierId: string; distributionId: string };

  beforeAll(async () => {
    api = await startTestApi();
    const family = await api.admin.post('/v1/families', { name: 'Read path family' });
    const tier = await api.admin.post('/v1/tiers', {
      name: 'archive',
      accessProtocol: 's3',
      rootUri: 's3://archive/raw',
    });
    const dataset = await api.admin.post('/v1/datasets', { title: 'read path', checksum, byteSize: 10 });
    const distribution = await api.admin.post('/v1/distributions', {
      datasetId: dataset.body.datasetId,
      tierId: tier.body.tierId,
      uri: 'run-1/frames.h5',
      checksum,
      byteSize: 10,
    });
    for (const res of [family, tier, dataset, distribution]) expect(res.status).toBe(201);
    ids = {
      familyId: family.body.familyId,
      tierId: tier.body.tierId,
      datasetId: dataset.body.datasetId,
      distributionId: distribution.body.distributionId,
    };
    locker = new Client({ connectionString: api.databaseUrl });
    await locker.connect();
  });
  afterAll(async () => {
    await locker?.end();
    await api.close();
  });

  const lists = (): [string, (items: Record<string, unknown>[]) => boolean][] => [
    ['/v1/families?limit=50', (items) => items.some((i) => i.familyId === ids.familyId)],
    ['/v1/models?limit=50', () => true],
    ['/v1/assets?limit=50', () => true],
    ['/v1/assemblies?limit=50', () => true],
    ['/v1/fixtures?limit=50', () => true],
    ['/v1/tiers?limit=50', (items) => items.some((i) => i.tierId === ids.tierId)],
    ['/v1/datasets?limit=50', (items) => items.some((i) => i.datasetId === ids.datasetId)],
    [
      `/v1/datasets/${ids.datasetId}/distributions`,
      (items) => items.some((i) => i.distributionId === ids.distributionId),
    ],
  ];

  it('answers every list, with the caller’s own writes, while `events` is locked against any reader', async () => {
    await locker.query('BEGIN');
    await locker.query(`SET LOCAL lock_timeout = '10s'`);
    try {
      await locker.query('LOCK TABLE events IN ACCESS EXCLUSIVE MODE');
      for (const [path, holdsTheWrite] of lists()) {
        const res = await fetch(`${api.baseUrl}${path}`, {
          headers: { authorization: `Bearer ${api.admin.token}` },
          signal: AbortSignal.timeout(READ_DEADLINE_MS),
        }).catch((error: Error) => {
          throw new Error(`GET ${path} did not answer within ${READ_DEADLINE_MS} ms (${error.message})`);
        });
        expect({ path, status: res.status }).toEqual({ path, status: 200 });
        const body = (await res.json()) as { items: Record<string, unknown>[] };
        expect({ path, holdsTheWrite: holdsTheWrite(body.items) }).toEqual({ path, holdsTheWrite: true });
      }
    } finally {
      await locker.query('ROLLBACK');
    }
  });

  it('would notice a read that touched `events` (the lock really blocks a reader)', async () => {
    await locker.query('BEGIN');
    await locker.query(`SET LOCAL lock_timeout = '10s'`);
    const probe = new Client({ connectionString: api.databaseUrl });
    await probe.connect();
    try {
      await locker.query('LOCK TABLE events IN ACCESS EXCLUSIVE MODE');
      await probe.query(`SET lock_timeout = '200ms'`);
      await expect(probe.query('SELECT max(position) FROM events')).rejects.toMatchObject({ code: '55P03' });
    } finally {
      await locker.query('ROLLBACK');
      await probe.end();
    }
  });
});
