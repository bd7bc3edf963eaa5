import { InMemoryMaterializationRequester } from './in-memory-materialization-requester';

const request = {
  datasetId: '0190a000-0000-7000-8000-0000000000e1',
  targetTierId: '0190a000-0000-7000-8000-0000000000d1',
  idempotencyKey: 'acquisition:x:materialize',
  principalId: '0190a000-0000-7000-8000-0000000000a1',
};

describe('InMemoryMaterializationRequester', () => {
  it('answers the same materialization for the same key and a Pending status until settled', async () => {
    const requester = new InMemoryMaterializationRequester();
    const first = await requester.request(request);
    expect(await requester.request(request)).toEqual(first);
    expect(requester.requests).toHaveLength(1);
    expect(await requester.status(first.materializationId)).toMatchObject({ state: 'Pending', distributionId: null });
    requester.settle(first.materializationId, { state: 'Verified', distributionId: request.datasetId, error: null });
    expect(await requester.status(first.materializationId)).toMatchObject({ state: 'Verified' });
    expect(await requester.status('00000000-0000-7000-8000-00000000ffff')).toBeNull();
  });

  it('runs materialize once per new key and records a throw as Failed', async () => {
    let calls = 0;
    const requester = new InMemoryMaterializationRequester({
      materialize: async () => {
        calls += 1;
        throw new Error('disk full');
      },
    });
    const { materializationId } = await requester.request(request);
    await requester.request(request);
    await requester.idle();
    expect(calls).toBe(1);
    expect(await requester.status(materializationId)).toMatchObject({
      state: 'Failed',
      error: { code: 'TransferRejected', detail: 'disk full' },
    });
  });
});
