import { Client } from 'pg';
import PgBoss from 'pg-boss';
import { HttpClient } from '@custody/platform/testing';
import { MaterializationWorld, eventually, startMaterializationWorld } from './support/materialization-world';

// The job runs in another process's time: these tests wait for it (the projects' testTimeout is not applied).
jest.setTimeout(90_000);

/** The lock the job takes per materialization (the runner's key), held here as a live worker would. */
const LOCK = `SELECT pg_advisory_lock(hashtextextended($1, 713))`;

/**
 * What the scale harness found (a materialization never finished under worker kills): a job leased by a worker
 * that died waited out its whole lease, and a job whose materialization another session held was completed with
 * nothing left queued. Leases here are 10 minutes, so only a takeover can finish these within the test.
 */
describe('materialization jobs whose worker is gone are taken over, never lost', () => {
  let world: MaterializationWorld;
  let operator: HttpClient;
  let db: Client;
  let lockHolder: Client;
  let orphaned: { materializationId: string; datasetId: string };
  let contended: { materializationId: string; datasetId: string };

  const materialize = async (relativePath: string) => {
    const { datasetId } = await world.verifiedDataset(relativePath);
    const res = await operator.post('/v1/materializations', { datasetId, targetTierId: world.targetTierId });
    if (res.status !== 202) throw new Error(`materialization: ${res.status} ${res.text}`);
    return { materializationId: res.body.materializationId as string, datasetId };
  };
  const jobState = async (id: string) =>
    (await db.query<{ state: string }>(`SELECT state FROM pgboss.job WHERE id = $1`, [id])).rows[0]?.state;
  const verified = (id: string) =>
    eventually(
      () => operator.get(`/v1/materializations/${id}`),
      (res) => ['Verified', 'Failed', 'Cancelled'].includes(res.body.state),
      30_000,
    );
  const copiesOnTarget = async (datasetId: string) =>
    (await operator.get(`/v1/datasets/${datasetId}/distributions`)).body.items.filter(
      (d: { tierId: string }) => d.tierId === world.targetTierId,
    );

  beforeAll(async () => {
    world = await startMaterializationWorld({ CUSTODY_TRANSFER_LEASE_SECONDS: '600' });
    operator = await world.api.as(['operator']);
    db = new Client({ connectionString: world.api.databaseUrl });
    await db.connect();

    // A worker that leased a job and was SIGKILLed before it took the materialization's lock: the job is active
    // for its whole lease and nobody works on it.
    orphaned = await materialize('orphan/frames.h5');
    const [{ name }] = (
      await db.query<{ name: string }>(`SELECT name FROM pgboss.job WHERE id = $1`, [orphaned.materializationId])
    ).rows;
    const deadWorker = new PgBoss({ connectionString: world.api.databaseUrl, supervise: false, schedule: false });
    await deadWorker.start();
    const [leased] = await deadWorker.fetch(name);
    expect(leased?.id).toBe(orphaned.materializationId);
    await deadWorker.stop({ graceful: false, wait: true });

    // A materialization some other session drives (holds its lock) when the worker leases its job.
    contended = await materialize('contended/frames.h5');
    lockHolder = new Client({ connectionString: world.api.databaseUrl });
    await lockHolder.connect();
    await lockHolder.query(LOCK, [contended.materializationId]);

    await world.startWorker();
  }, 90_000);

  afterAll(async () => {
    await lockHolder?.end().catch(() => undefined);
    await db?.end();
    await world.close();
  });

  it('a job leased by a worker that died is run again within seconds, not a lease later', async () => {
    const done = await verified(orphaned.materializationId);
    expect(done.body).toMatchObject({ state: 'Verified', error: null });
    expect(await jobState(orphaned.materializationId)).toBe('cancelled');
    expect(await copiesOnTarget(orphaned.datasetId)).toHaveLength(1);
  });

  it('a job that finds its materialization held elsewhere leaves a continuation: it ends once the holder is gone', async () => {
    // The worker leased the job and found the lock taken.
    await eventually(
      () => jobState(contended.materializationId),
      (state) => state !== 'created' && state !== 'active',
    );
    // The holder dies without finishing (a worker SIGKILLed mid-transfer): the work must still get done.
    await lockHolder.end();
    const done = await verified(contended.materializationId);
    expect(done.body).toMatchObject({ state: 'Verified', error: null });
    expect(await copiesOnTarget(contended.datasetId)).toHaveLength(1);
  });
});
