import { HttpClient } from '@custody/platform/testing';
import { TestApi, startTestApi } from './support/test-api';

const SHA = 'ab'.repeat(32);
const cursorOf = (key: unknown[]) => Buffer.from(JSON.stringify(key)).toString('base64url');

describe('data: tiers and datasets over REST', () => {
  let api: TestApi;
  let operator: HttpClient;
  let reader: HttpClient;
  let worker: HttpClient;

  beforeAll(async () => {
    api = await startTestApi();
    operator = await api.as(['operator']);
    reader = await api.as(['reader']);
    worker = await api.as(['worker']);
  });
  afterAll(() => api.close());

  describe('POST /v1/tiers', () => {
    it('answers 201 { tierId }; the tier keeps a canonical root and is reachable by default', async () => {
      const res = await api.admin.post('/v1/tiers', {
        name: 'detector-local',
        accessProtocol: 'file',
        rootUri: 'file:///data//detector/./',
      });
      expect(res.status).toBe(201);
      expect(res.body).toEqual({ tierId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
      const got = await reader.get(`/v1/tiers/${res.body.tierId}`);
      expect(got.status).toBe(200);
      expect(got.body).toEqual({
        tierId: res.body.tierId,
        name: 'detector-local',
        accessProtocol: 'file',
        rootUri: 'file:///data/detector',
        reachable: true,
        registeredAt: expect.stringMatching(/Z$/),
        version: 1,
      });
    });

    it('takes every protocol with a root of its own scheme, and reachable: false', async () => {
      for (const [accessProtocol, rootUri, canonical] of [
        ['file', '/archive/tape', 'file:///archive/tape'],
        ['s3', 's3://Facility-Bucket/raw/', 's3://facility-bucket/raw'],
        ['https', 'https://data.example.org/pub', 'https://data.example.org/pub'],
        ['globus', 'globus://0b4f1e6a-0000-4000-8000-000000000001/~/data', null],
      ]) {
        const res = await api.admin.post('/v1/tiers', {
          name: accessProtocol,
          accessProtocol,
          rootUri,
          reachable: false,
        });
        expect(res.status).toBe(201);
        const got = await reader.get(`/v1/tiers/${res.body.tierId}`);
        expect(got.body).toMatchObject({ accessProtocol, reachable: false });
        if (canonical) expect(got.body.rootUri).toBe(canonical);
      }
    });

    it('answers 400 ValidationFailed for a missing name, an unknown protocol or field, and a root that does not fit', async () => {
      const missing = await api.admin.post('/v1/tiers', { accessProtocol: 'file', rootUri: '/data' });
      expect(missing.status).toBe(400);
      expect(missing.body).toMatchObject({ code: 'ValidationFailed', errors: [{ path: 'name' }] });
      const protocol = await api.admin.post('/v1/tiers', { name: 'x', accessProtocol: 'ftp', rootUri: '/data' });
      expect(protocol.body.errors).toEqual([{ path: 'accessProtocol', message: expect.any(String) }]);
      const unknown = await api.admin.post('/v1/tiers', {
        name: 'x',
        accessProtocol: 'file',
        rootUri: '/d',
        colour: 1,
      });
      expect(unknown.body.errors).toEqual([{ path: 'colour', message: expect.stringContaining('unknown') }]);
      for (const [accessProtocol, rootUri] of [
        ['file', 's3://bucket/x'],
        ['s3', '/data'],
        ['file', '/data/../etc'],
        ['https', 'https:///no-host'],
        ['file', 'relative/path'],
      ]) {
        const res = await api.admin.post('/v1/tiers', { name: 'x', accessProtocol, rootUri });
        expect(res.status).toBe(400);
        expect(res.body).toMatchObject({ code: 'ValidationFailed', errors: [{ path: 'rootUri' }] });
      }
    });

    it('answers 401 without a token and 403 for a reader or a worker', async () => {
      const body = { name: 'x', accessProtocol: 'file', rootUri: '/data' };
      expect((await api.anonymous.post('/v1/tiers', body)).status).toBe(401);
      expect((await reader.post('/v1/tiers', body)).body.code).toBe('Forbidden');
      expect((await worker.post('/v1/tiers', body)).status).toBe(403);
    });

    it('replays the first answer for the same Idempotency-Key', async () => {
      const body = { name: 'idem', accessProtocol: 'file', rootUri: '/idem' };
      const headers = { 'Idempotency-Key': 'tier-1' };
      const first = await api.admin.post('/v1/tiers', body, { headers });
      const again = await api.admin.post('/v1/tiers', body, { headers });
      expect(again.status).toBe(201);
      expect(again.body).toEqual(first.body);
      expect((await api.admin.post('/v1/tiers', { ...body, name: 'other' }, { headers })).status).toBe(422);
    });
  });

  describe('PATCH /v1/tiers/{id}', () => {
    it('answers 204 and changes reachability; the same value again is 204 and records nothing', async () => {
      const { tierId } = (await api.admin.post('/v1/tiers', { name: 't', accessProtocol: 'file', rootUri: '/t' })).body;
      const res = await api.admin.patch(`/v1/tiers/${tierId}`, { reachable: false });
      expect(res.status).toBe(204);
      expect(res.text).toBe('');
      expect((await reader.get(`/v1/tiers/${tierId}`)).body).toMatchObject({ reachable: false, version: 2 });
      expect((await api.admin.patch(`/v1/tiers/${tierId}`, { reachable: false })).status).toBe(204);
      expect((await reader.get(`/v1/tiers/${tierId}`)).body).toMatchObject({ reachable: false, version: 2 });
      expect((await api.admin.patch(`/v1/tiers/${tierId}`, { reachable: true })).status).toBe(204);
      expect((await reader.get(`/v1/tiers/${tierId}`)).body).toMatchObject({ reachable: true, version: 3 });
    });

    it('answers 404 TierNotFound, 400 for a bad body or id, 403 for a reader', async () => {
      const missing = await api.admin.patch('/v1/tiers/00000000-0000-0000-0000-0000000000aa', { reachable: true });
      expect(missing.status).toBe(404);
      expect(missing.body.code).toBe('TierNotFound');
      const { tierId } = (await api.admin.post('/v1/tiers', { name: 't', accessProtocol: 'file', rootUri: '/t' })).body;
      expect((await api.admin.patch(`/v1/tiers/${tierId}`, { reachable: 'yes' })).body.errors).toEqual([
        { path: 'reachable', message: expect.any(String) },
      ]);
      expect((await api.admin.patch(`/v1/tiers/${tierId}`, {})).status).toBe(400);
      expect((await api.admin.patch(`/v1/tiers/${tierId}`, { reachable: true, name: 'x' })).status).toBe(400);
      expect((await api.admin.patch('/v1/tiers/nope', { reachable: true })).body.errors).toEqual([
        { path: 'id', message: expect.any(String) },
      ]);
      expect((await reader.patch(`/v1/tiers/${tierId}`, { reachable: false })).status).toBe(403);
    });
  });

  describe('GET /v1/tiers and /v1/tiers/{id}', () => {
    it('answers 404 TierNotFound for an unknown id or a dataset id, 400 for a malformed one', async () => {
      expect((await reader.get('/v1/tiers/00000000-0000-0000-0000-000000000001')).body.code).toBe('TierNotFound');
      const { datasetId } = (
        await operator.post('/v1/datasets', { title: 'd', checksum: { algorithm: 'sha256', value: SHA }, byteSize: 1 })
      ).body;
      expect((await reader.get(`/v1/tiers/${datasetId}`)).status).toBe(404);
      expect((await reader.get('/v1/tiers/12')).status).toBe(400);
    });

    it('lists tiers in registration order right after they were registered, a page at a time', async () => {
      const ids: string[] = [];
      for (const name of ['p1', 'p2', 'p3']) {
        ids.push(
          (await api.admin.post('/v1/tiers', { name, accessProtocol: 'file', rootUri: `/${name}` })).body.tierId,
        );
      }
      const all: string[] = [];
      let cursor: string | null = null;
      do {
        const page: any = await reader.get(`/v1/tiers?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
        expect(page.status).toBe(200);
        expect(page.body.items.length).toBeLessThanOrEqual(2);
        all.push(...page.body.items.map((t: { tierId: string }) => t.tierId));
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(all.slice(-3)).toEqual(ids);
      expect(new Set(all).size).toBe(all.length);
      const last = (await reader.get(`/v1/tiers?limit=100`)).body.items.at(-1);
      expect(last).toEqual((await reader.get(`/v1/tiers/${ids[2]}`)).body);
    });

    it('refuses a bad cursor or limit', async () => {
      expect((await reader.get('/v1/tiers?cursor=%%%')).body.code).toBe('InvalidCursor');
      expect((await reader.get(`/v1/tiers?cursor=${cursorOf(['not-a-uuid'])}`)).body.code).toBe('InvalidCursor');
      expect((await reader.get('/v1/tiers?limit=0')).status).toBe(400);
      expect((await reader.get('/v1/tiers?limit=101')).status).toBe(400);
    });
  });

  describe('POST /v1/datasets', () => {
    it('answers 201 { datasetId }; the dataset is Active with its checksum (lower-cased), size, intent and instrument', async () => {
      const assetId = '0190a000-0000-7000-8000-0000000000a1';
      const res = await operator.post('/v1/datasets', {
        title: 'Run 42, raw frames',
        checksum: { algorithm: 'sha256-tree', value: SHA.toUpperCase() },
        byteSize: 123456789012,
        intent: 'raw',
        collectedBy: { assetId },
      });
      expect(res.status).toBe(201);
      expect(res.body).toEqual({ datasetId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
      const got = await reader.get(`/v1/datasets/${res.body.datasetId}`);
      expect(got.body).toEqual({
        datasetId: res.body.datasetId,
        title: 'Run 42, raw frames',
        checksum: { algorithm: 'sha256-tree', value: SHA },
        byteSize: 123456789012,
        intent: 'raw',
        collectedBy: { assetId, fixtureId: null },
        status: 'Active',
        registeredAt: expect.stringMatching(/Z$/),
        discardedAt: null,
        version: 1,
      });
      const minimal = await operator.post('/v1/datasets', {
        title: 'm',
        checksum: { algorithm: 'sha256', value: SHA },
        byteSize: 0,
      });
      expect((await reader.get(`/v1/datasets/${minimal.body.datasetId}`)).body).toMatchObject({
        intent: null,
        collectedBy: null,
        byteSize: 0,
      });
    });

    it('answers 400 ValidationFailed naming each bad field', async () => {
      const base = { title: 't', checksum: { algorithm: 'sha256', value: SHA }, byteSize: 1 };
      const cases: [Record<string, unknown>, string][] = [
        [{ ...base, title: '' }, 'title'],
        [{ ...base, checksum: { algorithm: 'md5', value: SHA } }, 'checksum.algorithm'],
        [{ ...base, checksum: { algorithm: 'sha256', value: 'xyz' } }, 'checksum.value'],
        [{ ...base, byteSize: -1 }, 'byteSize'],
        [{ ...base, byteSize: 1.5 }, 'byteSize'],
        [{ ...base, collectedBy: {} }, 'collectedBy'],
        [{ ...base, collectedBy: { assetId: 'x' } }, 'collectedBy.assetId'],
        [{ ...base, owner: 'me' }, 'owner'],
      ];
      for (const [body, path] of cases) {
        const res = await operator.post('/v1/datasets', body);
        expect(res.status).toBe(400);
        expect(res.body.code).toBe('ValidationFailed');
        expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(path);
      }
      expect(
        (
          await operator.request('POST', '/v1/datasets', {
            raw: '{"title":',
            headers: { 'content-type': 'application/json' },
          })
        ).status,
      ).toBe(400);
    });

    it('answers 400, never 500, for text PostgreSQL cannot store (NUL, an unpaired surrogate)', async () => {
      const base = { checksum: { algorithm: 'sha256', value: SHA }, byteSize: 1 };
      for (const title of ['a\u0000b', 'a\ud800b']) {
        const res = await operator.post('/v1/datasets', { ...base, title });
        expect(res.status).toBe(400);
        expect(res.body.errors).toEqual([{ path: 'title', message: expect.stringContaining('NUL') }]);
      }
      expect((await operator.post('/v1/datasets', { ...base, title: 'ok', intent: '\u0000' })).status).toBe(400);
      expect((await operator.post('/v1/datasets', { ...base, title: 'emoji 🧪 fine' })).status).toBe(201);
      expect(
        (await api.admin.post('/v1/tiers', { name: '\u0000', accessProtocol: 'file', rootUri: '/x' })).status,
      ).toBe(400);
    });

    it('answers 403 for a reader and a worker', async () => {
      const body = { title: 't', checksum: { algorithm: 'sha256', value: SHA }, byteSize: 1 };
      expect((await reader.post('/v1/datasets', body)).status).toBe(403);
      expect((await worker.post('/v1/datasets', body)).status).toBe(403);
    });
  });

  describe('GET /v1/datasets/{id} and GET /v1/datasets', () => {
    it('answers 404 DatasetNotFound for an unknown id, 400 for a malformed one', async () => {
      const missing = await reader.get('/v1/datasets/00000000-0000-0000-0000-000000000002');
      expect(missing.status).toBe(404);
      expect(missing.body.code).toBe('DatasetNotFound');
      expect(missing.headers.get('content-type')).toContain('application/problem+json');
      expect((await reader.get('/v1/datasets/xyz')).status).toBe(400);
    });

    it('lists the catalogue in registration order right after registration, a page at a time, with what GET shows', async () => {
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) {
        ids.push(
          (
            await operator.post('/v1/datasets', {
              title: `page-${i}`,
              checksum: { algorithm: 'sha256', value: SHA },
              byteSize: i,
            })
          ).body.datasetId,
        );
      }
      const seen: any[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const page: any = await reader.get(`/v1/datasets?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
        expect(page.status).toBe(200);
        seen.push(...page.body.items);
        cursor = page.body.nextCursor;
        pages += 1;
      } while (cursor);
      expect(pages).toBeGreaterThanOrEqual(3);
      expect(seen.slice(-5).map((d) => d.datasetId)).toEqual(ids);
      expect(seen.at(-1)).toEqual((await reader.get(`/v1/datasets/${ids[4]}`)).body);
      expect((await reader.get('/v1/datasets?cursor=bm90LWpzb24')).body.code).toBe('InvalidCursor');
      expect((await reader.get(`/v1/datasets?cursor=${cursorOf([1])}`)).body.code).toBe('InvalidCursor');
      expect((await reader.get('/v1/datasets?status=x')).status).toBe(400);
    });
  });

  describe('POST /v1/datasets/{id}/discard', () => {
    it('answers 204 (Active → Discarded), then 409 DatasetCannotDiscard', async () => {
      const { datasetId } = (
        await operator.post('/v1/datasets', {
          title: 'gone',
          checksum: { algorithm: 'sha256', value: SHA },
          byteSize: 1,
        })
      ).body;
      const first = await operator.post(`/v1/datasets/${datasetId}/discard`);
      expect(first.status).toBe(204);
      expect(first.text).toBe('');
      const got = (await reader.get(`/v1/datasets/${datasetId}`)).body;
      expect(got).toMatchObject({ status: 'Discarded', discardedAt: expect.stringMatching(/Z$/), version: 2 });
      const listed = (await reader.get('/v1/datasets?limit=100')).body.items.find(
        (d: { datasetId: string }) => d.datasetId === datasetId,
      );
      expect(listed).toEqual(got);
      const second = await operator.post(`/v1/datasets/${datasetId}/discard`);
      expect(second.status).toBe(409);
      expect(second.body.code).toBe('DatasetCannotDiscard');
    });

    it('answers 404 DatasetNotFound and 403 for a reader', async () => {
      const missing = await operator.post('/v1/datasets/00000000-0000-0000-0000-000000000003/discard');
      expect(missing.status).toBe(404);
      expect(missing.body.code).toBe('DatasetNotFound');
      const { datasetId } = (
        await operator.post('/v1/datasets', {
          title: 'kept',
          checksum: { algorithm: 'sha256', value: SHA },
          byteSize: 1,
        })
      ).body;
      expect((await reader.post(`/v1/datasets/${datasetId}/discard`)).status).toBe(403);
    });

    it('ten concurrent discards: exactly one 204', async () => {
      const { datasetId } = (
        await operator.post('/v1/datasets', {
          title: 'race',
          checksum: { algorithm: 'sha256', value: SHA },
          byteSize: 1,
        })
      ).body;
      const answers = await Promise.all(
        Array.from({ length: 10 }, () => operator.post(`/v1/datasets/${datasetId}/discard`)),
      );
      expect(answers.filter((a) => a.status === 204)).toHaveLength(1);
      for (const a of answers.filter((x) => x.status !== 204)) expect(a.body.code).toBe('DatasetCannotDiscard');
    });
  });
});
