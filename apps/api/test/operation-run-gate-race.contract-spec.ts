import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client } from 'pg';
import { HttpClient, HttpResponse } from '@custody/platform/testing';
import { DATASET_DISTRIBUTION_LOOKUP, DatasetDistributionLookup } from '@custody/ports';
import { TestApi, startTestApi } from './support/test-api';

// The contract project's testTimeout does not reach tests run in a multi-project config; a busy machine needs it.
jest.setTimeout(30_000);

const checksum = { algorithm: 'sha256', value: 'ef'.repeat(32) };
const STARTS_PER_ROUND = 12;
const TEST_TIMEOUT_MS = 120_000;
/** How long the change waits after the first starts went out, per round: spreads it across their transactions. */
const DELAYS_MS = [0, 2, 5, 10, 15, 25];

/**
 * Runs start while the one thing that lets their input pass goes away (the last Verified copy on a reachable tier
 * is discarded or marked Stale, or its tier is made unreachable). Whatever the interleaving, every run that started
 * committed its RunStarted before the change committed (event positions are commit order here: both sides lock the
 * dataset or the tier before writing), and every other start was refused with the gate's code, never a 500.
 */
describe('operation: the start gate under concurrent changes to the inputs’ copies', () => {
  let api: TestApi;
  let operator: HttpClient;
  let worker: HttpClient;
  let db: Client;
  let root: string;
  let fastTier: string;
  let archiveTier: string;
  let methodId: string;

  beforeAll(async () => {
    api = await startTestApi();
    operator = await api.as(['operator']);
    worker = await api.as(['worker']);
    db = new Client({ connectionString: api.databaseUrl });
    await db.connect();
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'custody-race-'));
    fastTier = (await api.admin.post('/v1/tiers', { name: 'fast', accessProtocol: 'file', rootUri: root })).body.tierId;
    archiveTier = (
      await api.admin.post('/v1/tiers', { name: 'archive', accessProtocol: 's3', rootUri: 's3://archive/raw' })
    ).body.tierId;
    await api.admin.patch(`/v1/tiers/${archiveTier}`, { reachable: false });
    methodId = (await operator.post('/v1/methods', { name: 'reconstruction' })).body.methodId;
  });
  afterAll(async () => {
    await db.end();
    await api.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  let counter = 0;
  const verifiedCopy = async (datasetId: string, tierId: string) => {
    counter += 1;
    const uri = tierId === archiveTier ? `s3://archive/raw/r${counter}.h5` : `r${counter}.h5`;
    const { distributionId } = (
      await operator.post('/v1/distributions', { datasetId, tierId, uri, checksum, byteSize: 3 })
    ).body;
    const attested = await worker.post(`/v1/distributions/${distributionId}/attestations`, {
      observed: { ...checksum, byteSize: 3 },
    });
    expect(attested.body.outcome).toBe('Match');
    return distributionId as string;
  };
  const newDataset = async () =>
    (await operator.post('/v1/datasets', { title: 'race', checksum, byteSize: 3 })).body.datasetId as string;

  /** Fires the starts, then the change `delayMs` later, then more starts, all in flight together. */
  async function race(datasetId: string, delayMs: number, change: () => Promise<HttpResponse>) {
    const start = () => operator.post('/v1/runs', { methodId, inputDatasetIds: [datasetId] });
    const half = STARTS_PER_ROUND / 2;
    const before = Array.from({ length: half }, start);
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    const changed = change();
    const after = Array.from({ length: STARTS_PER_ROUND - half }, start);
    const starts = await Promise.all([...before, ...after]);
    const changeResponse = await changed;
    expect(changeResponse.status).toBe(204);
    return starts;
  }

  const positionOf = async (type: string, streamId: string): Promise<bigint> => {
    const rows = await db.query(
      `SELECT position::text FROM events WHERE type = $1 AND stream_id = $2 ORDER BY position DESC LIMIT 1`,
      [type, streamId],
    );
    expect(rows.rows).toHaveLength(1);
    return BigInt(rows.rows[0].position);
  };
  const runStartedAt = (runId: string) => positionOf('RunStarted', runId);

  async function expectGateHeld(starts: HttpResponse[], changeType: string, changedStream: string, code: string) {
    const changeAt = await positionOf(changeType, changedStream);
    for (const res of starts) {
      if (res.status === 201) {
        expect(await runStartedAt(res.body.runId)).toBeLessThan(changeAt);
      } else {
        expect({ status: res.status, code: res.body.code }).toEqual({ status: 409, code });
      }
    }
    return starts.filter((r) => r.status === 201).length;
  }

  it(
    'a discard of the last Verified reachable copy: no run starts after it',
    async () => {
      for (const delayMs of DELAYS_MS) {
        const datasetId = await newDataset();
        const reachableCopy = await verifiedCopy(datasetId, fastTier);
        await verifiedCopy(datasetId, archiveTier); // keeps the discard legal: another Verified copy remains
        const starts = await race(datasetId, delayMs, () =>
          operator.post(`/v1/distributions/${reachableCopy}/discard`),
        );
        await expectGateHeld(starts, 'DistributionDiscarded', reachableCopy, 'RunInputNotReachable');
        const late = await operator.post('/v1/runs', { methodId, inputDatasetIds: [datasetId] });
        expect({ status: late.status, code: late.body.code }).toEqual({ status: 409, code: 'RunInputNotReachable' });
      }
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'the only Verified copy marked Stale: no run starts after it',
    async () => {
      for (const delayMs of DELAYS_MS) {
        const datasetId = await newDataset();
        const onlyCopy = await verifiedCopy(datasetId, fastTier);
        const starts = await race(datasetId, delayMs, () =>
          operator.post(`/v1/distributions/${onlyCopy}/mark-stale`, { reason: 'disk replaced' }),
        );
        await expectGateHeld(starts, 'DistributionMarkedStale', onlyCopy, 'RunInputNotVerified');
      }
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'the tier of the only Verified copy made unreachable: no run starts after it',
    async () => {
      for (const [round, delayMs] of DELAYS_MS.entries()) {
        const tierId = (
          await api.admin.post('/v1/tiers', {
            name: `edge-${round}`,
            accessProtocol: 's3',
            rootUri: `s3://edge-${round}/raw`,
          })
        ).body.tierId;
        const datasetId = await newDataset();
        const { distributionId } = (
          await operator.post('/v1/distributions', {
            datasetId,
            tierId,
            uri: `s3://edge-${round}/raw/x.h5`,
            checksum,
            byteSize: 3,
          })
        ).body;
        await worker.post(`/v1/distributions/${distributionId}/attestations`, {
          observed: { ...checksum, byteSize: 3 },
        });
        const before = await operator.post('/v1/runs', { methodId, inputDatasetIds: [datasetId] });
        expect(before.status).toBe(201);
        const starts = await race(datasetId, delayMs * 4, () =>
          api.admin.patch(`/v1/tiers/${tierId}`, { reachable: false }),
        );
        await expectGateHeld(starts, 'TierReachabilityChanged', tierId, 'RunInputNotReachable');
      }
    },
    TEST_TIMEOUT_MS,
  );

  /**
   * The same races with the interleaving forced instead of hoped for: the lookup the handler asks (the app's own
   * PostgreSQL adapter) sends the change out while the start is between its gate check and its commit, and gives
   * the change half a second to commit. The change must wait for the start's commit instead.
   */
  describe('with the change sent while a start sits between its check and its commit', () => {
    async function startWhileChanging(datasetId: string, onCall: number, change: () => Promise<HttpResponse>) {
      const lookup = api.app.get<DatasetDistributionLookup>(DATASET_DISTRIBUTION_LOOKUP);
      const original = lookup.findByDatasets;
      let calls = 0;
      let changed: Promise<HttpResponse> | undefined;
      lookup.findByDatasets = async function (this: DatasetDistributionLookup, ids) {
        const answer = await original.call(this, ids);
        if (ids.includes(datasetId) && ++calls === onCall) {
          changed = change();
          await Promise.race([changed, new Promise((resolve) => setTimeout(resolve, 500))]);
        }
        return answer;
      };
      try {
        const started = await operator.post('/v1/runs', { methodId, inputDatasetIds: [datasetId] });
        expect(changed).toBeDefined();
        expect((await changed!).status).toBe(204);
        return started;
      } finally {
        lookup.findByDatasets = original;
      }
    }

    it('a discard waits for the start that already saw the copy', async () => {
      const datasetId = await newDataset();
      const reachableCopy = await verifiedCopy(datasetId, fastTier);
      await verifiedCopy(datasetId, archiveTier);
      const started = await startWhileChanging(datasetId, 1, () =>
        operator.post(`/v1/distributions/${reachableCopy}/discard`),
      );
      expect(started.status).toBe(201);
      expect(await runStartedAt(started.body.runId)).toBeLessThan(
        await positionOf('DistributionDiscarded', reachableCopy),
      );
    });

    it('a tier made unreachable waits for the start that already relied on it', async () => {
      const tierId = (
        await api.admin.post('/v1/tiers', { name: 'forced', accessProtocol: 's3', rootUri: 's3://forced/raw' })
      ).body.tierId;
      const datasetId = await newDataset();
      const { distributionId } = (
        await operator.post('/v1/distributions', {
          datasetId,
          tierId,
          uri: 's3://forced/raw/x.h5',
          checksum,
          byteSize: 3,
        })
      ).body;
      await worker.post(`/v1/distributions/${distributionId}/attestations`, { observed: { ...checksum, byteSize: 3 } });
      // The second lookup is the one made once the tier is locked.
      const started = await startWhileChanging(datasetId, 2, () =>
        api.admin.patch(`/v1/tiers/${tierId}`, { reachable: false }),
      );
      expect(started.status).toBe(201);
      expect(await runStartedAt(started.body.runId)).toBeLessThan(await positionOf('TierReachabilityChanged', tierId));
      const late = await operator.post('/v1/runs', { methodId, inputDatasetIds: [datasetId] });
      expect({ status: late.status, code: late.body.code }).toEqual({ status: 409, code: 'RunInputNotReachable' });
    });
  });
});
