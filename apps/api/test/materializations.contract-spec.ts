import { ScriptedStep, ScriptedTransferPort, TransferRequest, transferPortsOf } from '@custody/operation';
import { HttpClient } from '@custody/platform/testing';
import { MaterializationWorld, eventually, startMaterializationWorld } from './support/materialization-world';

// The job runs in another process's time: these tests wait for it (the projects' testTimeout is not applied).
jest.setTimeout(60_000);

const NO_SUCH = '00000000-0000-7000-8000-00000000beef';
const FINISHED = ['Verified', 'Failed', 'Cancelled'];

/** Scripts by the first segment of the copy's path: each test names its dataset after the behaviour it wants. */
function scriptFor(request: TransferRequest): ScriptedStep[] {
  const kind = request.source.path.split('/')[0];
  switch (kind) {
    case 'fail':
      return [
        { state: 'Active', forMs: 150, bytesMoved: 5 },
        { state: 'Failed', failure: { code: 'TransferAccessDenied', detail: '403 from the target endpoint' } },
      ];
    case 'partial':
      return [
        { state: 'Active', forMs: 150 },
        {
          state: 'Failed',
          filesMoved: 3,
          filesFailed: 2,
          bytesMoved: 300,
          failure: { code: 'TransferPartial', detail: '2 files failed' },
        },
      ];
    case 'suspend':
      return [
        { state: 'Active', forMs: 200, bytesMoved: 4 },
        {
          state: 'Suspended',
          forMs: 2500,
          bytesMoved: 4,
          failure: { code: 'TransferAccessDenied', detail: 'expired credentials' },
        },
        { state: 'Succeeded' },
      ];
    case 'hang':
      return [{ state: 'Active', bytesMoved: 1 }];
    case 'mismatch':
      return [{ state: 'Succeeded', observed: { ...request.expected, value: 'f'.repeat(64) } }];
    default:
      return [{ state: 'Active', forMs: 200, bytesMoved: 3 }, { state: 'Succeeded' }];
  }
}

describe('materializations over REST, with a worker on the same database', () => {
  let world: MaterializationWorld;
  let operator: HttpClient;
  let reader: HttpClient;
  const unreachable = (request: TransferRequest) =>
    request.source.path.startsWith('unreachable/')
      ? Object.assign(new Error('connect ECONNREFUSED 10.0.0.7:54321'), { code: 'TransferEndpointUnreachable' })
      : null;
  const port = new ScriptedTransferPort('local', scriptFor, undefined, unreachable);

  beforeAll(async () => {
    world = await startMaterializationWorld({ CUSTODY_TRANSFER_RETRY_LIMIT: '2' });
    operator = await world.api.as(['operator']);
    reader = await world.api.as(['reader']);
    await world.startWorker(transferPortsOf([port]));
  }, 60_000);
  afterAll(() => world.close());

  const request = (body: Record<string, unknown>, as: HttpClient = operator) => as.post('/v1/materializations', body);
  const get = (id: string) => operator.get(`/v1/materializations/${id}`);
  const finished = (id: string) =>
    eventually(
      () => get(id),
      (res) => FINISHED.includes(res.body.state),
    );
  const copiesOnTarget = async (datasetId: string) =>
    (await operator.get(`/v1/datasets/${datasetId}/distributions`)).body.items.filter(
      (d: { tierId: string }) => d.tierId === world.targetTierId,
    );

  it('queues (202 Pending), transfers, registers the copy on the target tier and attests it: Verified', async () => {
    const { datasetId, distributionId } = await world.verifiedDataset('ok/run-1/frames.h5');
    const accepted = await request({ datasetId, targetTierId: world.targetTierId });
    expect(accepted.status).toBe(202);
    expect(accepted.body).toEqual({ materializationId: expect.any(String), state: 'Pending' });
    const done = await finished(accepted.body.materializationId);
    expect(done.body).toMatchObject({
      materializationId: accepted.body.materializationId,
      datasetId,
      targetTierId: world.targetTierId,
      state: 'Verified',
      source: { distributionId, tierId: world.sourceTierId, path: 'ok/run-1/frames.h5' },
      targetPath: 'ok/run-1/frames.h5',
      transfer: { state: 'Succeeded', filesMoved: 1, filesFailed: 0, partial: false },
      error: null,
    });
    const copies = await copiesOnTarget(datasetId);
    expect(copies).toHaveLength(1);
    expect(copies[0]).toMatchObject({
      distributionId: done.body.distributionId,
      status: 'Verified',
      uri: `file://${world.targetRoot}/ok/run-1/frames.h5`,
      lastAttestation: { outcome: 'Match' },
    });
    expect(port.calls.begin).toBeGreaterThanOrEqual(1);
  });

  it('lands the copy at targetUri when given', async () => {
    const { datasetId } = await world.verifiedDataset('ok/run-2/a.h5');
    const accepted = await request({ datasetId, targetTierId: world.targetTierId, targetUri: 'elsewhere/a.h5' });
    const done = await finished(accepted.body.materializationId);
    expect(done.body).toMatchObject({ state: 'Verified', targetPath: 'elsewhere/a.h5' });
    expect((await copiesOnTarget(datasetId))[0].uri).toBe(`file://${world.targetRoot}/elsewhere/a.h5`);
  });

  it('refuses without a Verified source copy: MaterializationNoVerifiedSource 409', async () => {
    const bytes = Buffer.from('unverified');
    const { createHash } = await import('node:crypto');
    const checksum = { algorithm: 'sha256', value: createHash('sha256').update(bytes).digest('hex') };
    const datasetId = (await operator.post('/v1/datasets', { title: 'raw', checksum, byteSize: bytes.length })).body
      .datasetId;
    expect((await request({ datasetId, targetTierId: world.targetTierId })).body.code).toBe(
      'MaterializationNoVerifiedSource',
    );
    await operator.post('/v1/distributions', {
      datasetId,
      tierId: world.sourceTierId,
      uri: 'raw.bin',
      checksum,
      byteSize: bytes.length,
    });
    const refused = await request({ datasetId, targetTierId: world.targetTierId });
    expect(refused.status).toBe(409);
    expect(refused.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(refused.body.code).toBe('MaterializationNoVerifiedSource');
  });

  it('refuses a source only on the target tier, or only on an unreachable tier', async () => {
    const { datasetId } = await world.verifiedDataset('ok/self.h5');
    const onlyTarget = await request({ datasetId, targetTierId: world.sourceTierId });
    expect(onlyTarget.status).toBe(409);
    expect(onlyTarget.body.code).toBe('MaterializationNoVerifiedSource');
    await world.admin.patch(`/v1/tiers/${world.sourceTierId}`, { reachable: false });
    try {
      const unreachable = await request({ datasetId, targetTierId: world.targetTierId });
      expect(unreachable.status).toBe(409);
      expect(unreachable.body.code).toBe('MaterializationNoVerifiedSource');
    } finally {
      await world.admin.patch(`/v1/tiers/${world.sourceTierId}`, { reachable: true });
    }
  });

  it('answers 404s, 400s and 403 with stable codes', async () => {
    const { datasetId } = await world.verifiedDataset('ok/codes.h5');
    expect((await request({ datasetId: NO_SUCH, targetTierId: world.targetTierId })).body.code).toBe('DatasetNotFound');
    const noTier = await request({ datasetId, targetTierId: NO_SUCH });
    expect([noTier.status, noTier.body.code]).toEqual([404, 'TierNotFound']);
    const stray = await request({ datasetId, targetTierId: world.targetTierId, colour: 'blue' });
    expect([stray.status, stray.body.code]).toEqual([400, 'ValidationFailed']);
    const badVia = await request({ datasetId, targetTierId: world.targetTierId, via: 'globus' });
    expect([badVia.status, badVia.body.code]).toEqual([400, 'MaterializationViaUnsupported']);
    const escape = await request({ datasetId, targetTierId: world.targetTierId, targetUri: '../../etc/passwd' });
    expect([escape.status, escape.body.code]).toEqual([400, 'MaterializationTargetUriInvalid']);
    const forbidden = await request({ datasetId, targetTierId: world.targetTierId }, reader);
    expect([forbidden.status, forbidden.body.code]).toEqual([403, 'Forbidden']);
    const unknown = await get(NO_SUCH);
    expect([unknown.status, unknown.body.code]).toEqual([404, 'MaterializationNotFound']);
    expect((await operator.get('/v1/materializations/not-a-uuid')).status).toBe(400);
    const cancelUnknown = await operator.post(`/v1/materializations/${NO_SUCH}/cancel`, {});
    expect([cancelUnknown.status, cancelUnknown.body.code]).toEqual([404, 'MaterializationNotFound']);
    expect((await operator.get('/v1/materializations?state=Sideways')).status).toBe(400);
    expect((await operator.get('/v1/materializations?cursor=zzz')).body.code).toBe('InvalidCursor');
  });

  it('a Failed transfer registers nothing and says why', async () => {
    const { datasetId } = await world.verifiedDataset('fail/a.h5');
    const accepted = await request({ datasetId, targetTierId: world.targetTierId });
    const done = await finished(accepted.body.materializationId);
    expect(done.body).toMatchObject({
      state: 'Failed',
      distributionId: null,
      error: { code: 'TransferAccessDenied', detail: '403 from the target endpoint' },
      transfer: { state: 'Failed' },
    });
    expect(await copiesOnTarget(datasetId)).toEqual([]);
  });

  it('an unreachable endpoint is retried with backoff (pg-boss), then the materialization Fails saying why', async () => {
    const { datasetId } = await world.verifiedDataset('unreachable/a.h5');
    const accepted = await request({ datasetId, targetTierId: world.targetTierId });
    const id = accepted.body.materializationId;
    const done = await eventually(
      () => get(id),
      (res) => FINISHED.includes(res.body.state),
      45_000,
    );
    expect(done.body).toMatchObject({
      state: 'Failed',
      distributionId: null,
      error: { code: 'TransferEndpointUnreachable', detail: expect.stringContaining('ECONNREFUSED') },
    });
    // The first attempt and two retries (CUSTODY_TRANSFER_RETRY_LIMIT=2), each with the same transfer key.
    expect(port.beginsByKey.get(`materialization:${id}:transfer`)).toBe(3);
    expect(await copiesOnTarget(datasetId)).toEqual([]);
  });

  it('a partial failure reports its counters (TransferPartial) and registers nothing', async () => {
    const { datasetId } = await world.verifiedDataset('partial/a.h5');
    const accepted = await request({ datasetId, targetTierId: world.targetTierId });
    const done = await finished(accepted.body.materializationId);
    expect(done.body).toMatchObject({
      state: 'Failed',
      error: { code: 'TransferPartial' },
      transfer: { state: 'Failed', partial: true, filesMoved: 3, filesFailed: 2, bytesMoved: 300 },
    });
    expect(await copiesOnTarget(datasetId)).toEqual([]);
  });

  it('bytes that arrive with the wrong checksum: TargetCopyMismatch, nothing Verified', async () => {
    const { datasetId } = await world.verifiedDataset('mismatch/a.h5');
    const accepted = await request({ datasetId, targetTierId: world.targetTierId });
    const done = await finished(accepted.body.materializationId);
    expect(done.body).toMatchObject({ state: 'Failed', error: { code: 'TargetCopyMismatch' } });
    const copies = await copiesOnTarget(datasetId);
    expect(copies.every((c: { status: string }) => c.status !== 'Verified')).toBe(true);
  });

  it('Suspended waits without busy polling, shows Suspended, and resumes to Verified', async () => {
    const { datasetId } = await world.verifiedDataset('suspend/a.h5');
    const accepted = await request({ datasetId, targetTierId: world.targetTierId });
    const id = accepted.body.materializationId;
    const suspended = await eventually(
      () => get(id),
      (res) => res.body.transfer?.state === 'Suspended',
    );
    expect(suspended.body).toMatchObject({ state: 'Transferring', transfer: { state: 'Suspended', bytesMoved: 4 } });
    const before = port.calls.observe;
    const done = await finished(id);
    expect(done.body.state).toBe('Verified');
    // About 2.5 s of suspension with observations backing off to 300 ms: a handful of calls, not hundreds.
    const during = port.calls.observe - before;
    expect(during).toBeGreaterThan(0);
    expect(during).toBeLessThan(30);
  });

  it('cancel reaches the adapter: Cancelled there and here, nothing registered; cancelling again changes nothing', async () => {
    const { datasetId } = await world.verifiedDataset('hang/a.h5');
    const accepted = await request({ datasetId, targetTierId: world.targetTierId });
    const id = accepted.body.materializationId;
    await eventually(
      () => get(id),
      (res) => res.body.state === 'Transferring',
    );
    const cancels = port.calls.cancel;
    const cancel = await operator.post(`/v1/materializations/${id}/cancel`, {});
    expect(cancel.status).toBe(202);
    const done = await finished(id);
    expect(done.body).toMatchObject({ state: 'Cancelled', distributionId: null, transfer: { state: 'Cancelled' } });
    expect(port.calls.cancel).toBeGreaterThan(cancels);
    expect(await copiesOnTarget(datasetId)).toEqual([]);
    const again = await operator.post(`/v1/materializations/${id}/cancel`, {});
    expect(again.status).toBe(202);
    expect((await get(id)).body.version).toBe(done.body.version);
  });

  it('lists by dataset and by state, a page at a time', async () => {
    const { datasetId } = await world.verifiedDataset('ok/listed.h5');
    const first = await request({ datasetId, targetTierId: world.targetTierId });
    await finished(first.body.materializationId);
    await world.api.drain();
    const byDataset = await operator.get(`/v1/materializations?datasetId=${datasetId}`);
    expect(byDataset.status).toBe(200);
    expect(byDataset.body.items.map((m: { materializationId: string }) => m.materializationId)).toEqual([
      first.body.materializationId,
    ]);
    const verified = await operator.get('/v1/materializations?state=Verified&limit=1');
    expect(verified.body.items).toHaveLength(1);
    expect(verified.body.items[0].state).toBe('Verified');
    expect(verified.body.nextCursor).toEqual(expect.any(String));
    const next = await operator.get(`/v1/materializations?state=Verified&limit=1&cursor=${verified.body.nextCursor}`);
    expect(next.body.items[0].materializationId).not.toBe(verified.body.items[0].materializationId);
    const failed = await reader.get('/v1/materializations?state=Failed');
    expect(failed.body.items.every((m: { state: string }) => m.state === 'Failed')).toBe(true);
    expect(failed.body.items.length).toBeGreaterThan(0);
  });

  it('the same Idempotency-Key queues one materialization', async () => {
    const { datasetId } = await world.verifiedDataset('ok/once.h5');
    const headers = { 'idempotency-key': `once-${datasetId}` };
    const a = await operator.request('POST', '/v1/materializations', {
      body: { datasetId, targetTierId: world.targetTierId },
      headers,
    });
    const b = await operator.request('POST', '/v1/materializations', {
      body: { datasetId, targetTierId: world.targetTierId },
      headers,
    });
    expect(a.status).toBe(202);
    expect(b.status).toBe(202);
    expect(b.body).toEqual(a.body);
    await finished(a.body.materializationId);
    await world.api.drain();
    const listed = await operator.get(`/v1/materializations?datasetId=${datasetId}`);
    expect(listed.body.items).toHaveLength(1);
    expect(await copiesOnTarget(datasetId)).toHaveLength(1);
  });
});
