import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { HttpClient } from '@custody/platform/testing';
import { DATASET_DISTRIBUTION_LOOKUP, DatasetDistributionLookup } from '@custody/ports';
import { TestApi, startTestApi } from './support/test-api';

const SHA = 'cd'.repeat(32);
const OTHER = 'ef'.repeat(32);
const checksum = { algorithm: 'sha256', value: SHA };
const NO_SUCH = '00000000-0000-0000-0000-00000000beef';

describe('data: distributions over REST', () => {
  let api: TestApi;
  let operator: HttpClient;
  let reader: HttpClient;
  let worker: HttpClient;
  let root: string;
  let tierId: string;
  let otherTierId: string;

  beforeAll(async () => {
    api = await startTestApi();
    operator = await api.as(['operator']);
    reader = await api.as(['reader']);
    worker = await api.as(['worker']);
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'custody-distributions-'));
    tierId = (await api.admin.post('/v1/tiers', { name: 'fast', accessProtocol: 'file', rootUri: root })).body.tierId;
    otherTierId = (
      await api.admin.post('/v1/tiers', { name: 'archive', accessProtocol: 's3', rootUri: 's3://archive/raw' })
    ).body.tierId;
  });
  afterAll(async () => {
    await api.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  const newDataset = async (byteSize = 10) =>
    (await operator.post('/v1/datasets', { title: 'd', checksum, byteSize })).body.datasetId as string;
  const register = (datasetId: string, uri: string, extra: Record<string, unknown> = {}) =>
    operator.post('/v1/distributions', { datasetId, tierId, uri, checksum, byteSize: 10, ...extra });
  /** A copy made Verified by an edge host's report (what a worker does after measuring it). */
  const verified = async (datasetId: string, uri: string) => {
    const { distributionId } = (await register(datasetId, uri)).body;
    const res = await worker.post(`/v1/distributions/${distributionId}/attestations`, {
      observed: { ...checksum, byteSize: 10 },
    });
    expect(res.body.outcome).toBe('Match');
    return distributionId as string;
  };

  describe('POST /v1/distributions', () => {
    it('answers 201 { distributionId }; the copy is Registered under its canonical URI', async () => {
      const datasetId = await newDataset();
      const res = await register(datasetId, 'run-1//frames.h5');
      expect(res.status).toBe(201);
      expect(res.body).toEqual({ distributionId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
      const got = await reader.get(`/v1/distributions/${res.body.distributionId}`);
      expect(got.status).toBe(200);
      expect(got.body).toEqual({
        distributionId: res.body.distributionId,
        datasetId,
        tierId,
        uri: `file://${root}/run-1/frames.h5`,
        checksum,
        byteSize: 10,
        status: 'Registered',
        lastAttestation: null,
      });
    });

    it('checks in the contract’s order: DatasetNotFound, TierNotFound, DatasetDiscarded, checksum, duplicate, uri', async () => {
      const datasetId = await newDataset();
      await register(datasetId, 'taken.h5');
      const discardedId = await newDataset();
      await operator.post(`/v1/datasets/${discardedId}/discard`);
      const everythingWrong = {
        tierId: NO_SUCH,
        uri: '../escape',
        checksum: { algorithm: 'sha256', value: OTHER },
        byteSize: 11,
      };
      const expectCode = async (body: Record<string, unknown>, status: number, code: string) => {
        const res = await operator.post('/v1/distributions', body);
        expect({ status: res.status, code: res.body.code }).toEqual({ status, code });
        return res;
      };
      await expectCode({ ...everythingWrong, datasetId: NO_SUCH }, 404, 'DatasetNotFound');
      await expectCode({ ...everythingWrong, datasetId: discardedId }, 404, 'TierNotFound');
      await expectCode({ ...everythingWrong, datasetId: discardedId, tierId }, 409, 'DatasetDiscarded');
      await expectCode({ ...everythingWrong, datasetId, tierId }, 409, 'DistributionChecksumMismatch');
      await expectCode({ ...everythingWrong, datasetId, tierId, checksum }, 409, 'DistributionChecksumMismatch');
      await expectCode(
        { ...everythingWrong, datasetId, tierId, checksum: { algorithm: 'sha256-tree', value: SHA }, byteSize: 10 },
        409,
        'DistributionChecksumMismatch',
      );
      await expectCode(
        { datasetId, tierId, checksum, byteSize: 10, uri: `${root}/./taken.h5` },
        409,
        'DistributionAlreadyRegistered',
      );
      const outside = await expectCode(
        { datasetId, tierId, checksum, byteSize: 10, uri: '../escape' },
        400,
        'DistributionUriOutsideTier',
      );
      expect(outside.body.errors).toEqual([{ path: 'uri', message: expect.stringContaining('..') }]);
    });

    it('refuses ".." and absolute-path escapes with 400, and accepts the same copy on another tier', async () => {
      const datasetId = await newDataset();
      for (const uri of [
        '../../etc/passwd',
        'run/../../x',
        'run/%2e%2e/%2e%2e/x',
        '/etc/passwd',
        `${root}-sibling/x`,
        'file:///etc/passwd',
        `file://elsewhere${root}/x`,
        `s3://archive/raw/x`,
        root,
      ]) {
        const res = await register(datasetId, uri);
        expect({ uri, status: res.status, code: res.body.code }).toEqual({
          uri,
          status: 400,
          code: 'DistributionUriOutsideTier',
        });
      }
      expect((await register(datasetId, 'x.h5')).status).toBe(201);
      const onArchive = await operator.post('/v1/distributions', {
        datasetId,
        tierId: otherTierId,
        uri: 's3://ARCHIVE/raw/x.h5',
        checksum,
        byteSize: 10,
      });
      expect(onArchive.status).toBe(201);
      expect((await reader.get(`/v1/distributions/${onArchive.body.distributionId}`)).body.uri).toBe(
        's3://archive/raw/x.h5',
      );
    });

    it('answers 400 ValidationFailed for malformed input, 403 for a reader or worker', async () => {
      const datasetId = await newDataset();
      const bad = await operator.post('/v1/distributions', { datasetId, tierId: 'x', uri: '', checksum, byteSize: 10 });
      expect(bad.status).toBe(400);
      expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['tierId', 'uri']);
      const body = { datasetId, tierId, uri: 'y', checksum, byteSize: 10 };
      expect((await reader.post('/v1/distributions', body)).status).toBe(403);
      expect((await worker.post('/v1/distributions', body)).status).toBe(403);
    });

    it('registers the same uri again after the first copy was discarded', async () => {
      const datasetId = await newDataset();
      const first = (await register(datasetId, 'again.h5')).body.distributionId;
      expect((await operator.post(`/v1/distributions/${first}/discard`)).status).toBe(204);
      expect((await register(datasetId, 'again.h5')).status).toBe(201);
    });

    it('two concurrent registrations of one location: exactly one 201, the other DistributionAlreadyRegistered', async () => {
      const datasetId = await newDataset();
      const answers = await Promise.all([register(datasetId, 'same.h5'), register(datasetId, 'same.h5')]);
      expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
      expect(answers.find((a) => a.status === 409)!.body.code).toBe('DistributionAlreadyRegistered');
    });
  });

  describe('GET /v1/distributions/{id} and GET /v1/datasets/{id}/distributions', () => {
    it('answers 404 DistributionNotFound for an unknown id (or a dataset id), 400 for a malformed one', async () => {
      expect((await reader.get(`/v1/distributions/${NO_SUCH}`)).body.code).toBe('DistributionNotFound');
      const datasetId = await newDataset();
      expect((await reader.get(`/v1/distributions/${datasetId}`)).status).toBe(404);
      expect((await reader.get('/v1/distributions/1')).status).toBe(400);
    });

    it('lists a dataset’s copies, every status, right after writes, paged, with what GET shows, and by status', async () => {
      const datasetId = await newDataset();
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) ids.push((await register(datasetId, `copy-${i}.h5`)).body.distributionId);
      await worker.post(`/v1/distributions/${ids[1]}/attestations`, { observed: { ...checksum, byteSize: 10 } });
      await operator.post(`/v1/distributions/${ids[3]}/discard`);
      const seen: any[] = [];
      let cursor: string | null = null;
      do {
        const page: any = await reader.get(
          `/v1/datasets/${datasetId}/distributions?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
        );
        expect(page.status).toBe(200);
        seen.push(...page.body.items);
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(seen.map((d) => d.distributionId)).toEqual(ids);
      expect(seen.map((d) => d.status)).toEqual(['Registered', 'Verified', 'Registered', 'Discarded', 'Registered']);
      expect(seen[1]).toEqual((await reader.get(`/v1/distributions/${ids[1]}`)).body);
      const verifiedOnly = await reader.get(`/v1/datasets/${datasetId}/distributions?status=Verified`);
      expect(verifiedOnly.body).toEqual({ items: [seen[1]], nextCursor: null });
    });

    it('answers an empty page for a dataset without copies, 404 DatasetNotFound for an unknown one, 400 for bad input', async () => {
      const datasetId = await newDataset();
      expect((await reader.get(`/v1/datasets/${datasetId}/distributions`)).body).toEqual({
        items: [],
        nextCursor: null,
      });
      const missing = await reader.get(`/v1/datasets/${NO_SUCH}/distributions`);
      expect(missing.status).toBe(404);
      expect(missing.body.code).toBe('DatasetNotFound');
      expect((await reader.get(`/v1/datasets/${datasetId}/distributions?status=Lost`)).status).toBe(400);
      expect((await reader.get(`/v1/datasets/${datasetId}/distributions?cursor=zz`)).body.code).toBe('InvalidCursor');
      expect((await reader.get('/v1/datasets/nope/distributions')).status).toBe(400);
    });
  });

  describe('POST /v1/distributions/{id}/discard', () => {
    it('answers 204 for a Registered copy (Discarded is final: a second discard changes nothing)', async () => {
      const datasetId = await newDataset();
      const { distributionId } = (await register(datasetId, 'tmp.h5')).body;
      const res = await operator.post(`/v1/distributions/${distributionId}/discard`);
      expect(res.status).toBe(204);
      expect(res.text).toBe('');
      expect((await reader.get(`/v1/distributions/${distributionId}`)).body.status).toBe('Discarded');
      expect((await operator.post(`/v1/distributions/${distributionId}/discard`)).status).toBe(204);
    });

    it('answers 409 DistributionCannotDiscardLastVerified for the only Verified copy, and lets it go once another is Verified', async () => {
      const datasetId = await newDataset();
      const a = await verified(datasetId, 'a.h5');
      const refused = await operator.post(`/v1/distributions/${a}/discard`);
      expect(refused.status).toBe(409);
      expect(refused.body.code).toBe('DistributionCannotDiscardLastVerified');
      const stale = (await register(datasetId, 'stale.h5')).body.distributionId;
      await operator.post(`/v1/distributions/${stale}/mark-stale`, { reason: 'bad disk' });
      expect((await operator.post(`/v1/distributions/${a}/discard`)).status).toBe(409);
      const b = await verified(datasetId, 'b.h5');
      expect((await operator.post(`/v1/distributions/${a}/discard`)).status).toBe(204);
      expect((await operator.post(`/v1/distributions/${b}/discard`)).body.code).toBe(
        'DistributionCannotDiscardLastVerified',
      );
      expect((await reader.get(`/v1/distributions/${b}`)).body.status).toBe('Verified');
    });

    it('lets the last Verified copy of a discarded dataset go', async () => {
      const datasetId = await newDataset();
      const a = await verified(datasetId, 'last.h5');
      expect((await operator.post(`/v1/datasets/${datasetId}/discard`)).status).toBe(204);
      expect((await operator.post(`/v1/distributions/${a}/discard`)).status).toBe(204);
    });

    it('answers 404 DistributionNotFound and 403 for a reader or worker', async () => {
      expect((await operator.post(`/v1/distributions/${NO_SUCH}/discard`)).body.code).toBe('DistributionNotFound');
      const datasetId = await newDataset();
      const { distributionId } = (await register(datasetId, 'keep.h5')).body;
      expect((await reader.post(`/v1/distributions/${distributionId}/discard`)).status).toBe(403);
      expect((await worker.post(`/v1/distributions/${distributionId}/discard`)).status).toBe(403);
    });

    it('two concurrent discards of a dataset’s two Verified copies: exactly one succeeds, one Verified copy stays (12 rounds)', async () => {
      for (let round = 0; round < 12; round++) {
        const datasetId = await newDataset();
        const a = await verified(datasetId, `race-${round}-a.h5`);
        const b = await verified(datasetId, `race-${round}-b.h5`);
        const answers = await Promise.all([
          operator.post(`/v1/distributions/${a}/discard`),
          operator.post(`/v1/distributions/${b}/discard`),
        ]);
        expect(answers.map((r) => r.status).sort()).toEqual([204, 409]);
        expect(answers.find((r) => r.status === 409)!.body.code).toBe('DistributionCannotDiscardLastVerified');
        const live = (await reader.get(`/v1/datasets/${datasetId}/distributions?status=Verified`)).body.items;
        expect(live).toHaveLength(1);
        const lookup = api.app.get<DatasetDistributionLookup>(DATASET_DISTRIBUTION_LOOKUP);
        expect((await lookup.findByDatasets([datasetId])).get(datasetId)).toEqual([
          expect.objectContaining({ distributionId: live[0].distributionId, status: 'Verified', tierReachable: true }),
        ]);
      }
    });
  });

  describe('POST /v1/distributions/{id}/mark-stale', () => {
    it('answers 204; the copy is Stale; marking it again changes nothing', async () => {
      const datasetId = await newDataset();
      const a = await verified(datasetId, 'rot.h5');
      const res = await operator.post(`/v1/distributions/${a}/mark-stale`, { reason: 'controller replaced' });
      expect(res.status).toBe(204);
      expect((await reader.get(`/v1/distributions/${a}`)).body.status).toBe('Stale');
      expect((await operator.post(`/v1/distributions/${a}/mark-stale`, { reason: 'again' })).status).toBe(204);
    });

    it('answers 400 without a reason, 404 DistributionNotFound, 409 DistributionDiscarded, 403 for a reader', async () => {
      const datasetId = await newDataset();
      const { distributionId } = (await register(datasetId, 'm.h5')).body;
      const noReason = await operator.post(`/v1/distributions/${distributionId}/mark-stale`, {});
      expect(noReason.body.errors).toEqual([{ path: 'reason', message: expect.any(String) }]);
      expect(
        (await operator.post(`/v1/distributions/${distributionId}/mark-stale`, { reason: 'x\u0000' })).status,
      ).toBe(400);
      // Refused by the platform for every input before any rule of the data context runs.
      expect((await register(await newDataset(), 'nul\u0000.h5')).body).toMatchObject({
        status: 400,
        code: 'ValidationFailed',
      });
      expect((await operator.post(`/v1/distributions/${NO_SUCH}/mark-stale`, { reason: 'x' })).body.code).toBe(
        'DistributionNotFound',
      );
      expect((await reader.post(`/v1/distributions/${distributionId}/mark-stale`, { reason: 'x' })).status).toBe(403);
      await operator.post(`/v1/distributions/${distributionId}/discard`);
      const discarded = await operator.post(`/v1/distributions/${distributionId}/mark-stale`, { reason: 'x' });
      expect(discarded.status).toBe(409);
      expect(discarded.body.code).toBe('DistributionDiscarded');
    });
  });
});
