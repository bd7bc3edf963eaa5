import { Client } from 'pg';
import { HttpClient } from '@custody/platform/testing';
import { TestApi, startTestApi } from './support/test-api';

describe('equipment: families and assets over REST', () => {
  let api: TestApi;
  let operator: HttpClient;
  let reader: HttpClient;
  let familyId: string;

  beforeAll(async () => {
    api = await startTestApi();
    operator = await api.as(['operator']);
    reader = await api.as(['reader']);
    familyId = (await operator.post('/v1/families', { name: 'Area detectors' })).body.familyId;
  });
  afterAll(() => api.close());

  const registerAsset = (body: Record<string, unknown> = {}) =>
    operator.post('/v1/assets', { name: 'Pilatus 6M', familyId, ...body });

  describe('POST /v1/families', () => {
    it('answers 201 { familyId }', async () => {
      const res = await operator.post('/v1/families', { name: 'Stages' });
      expect(res.status).toBe(201);
      expect(res.body).toEqual({ familyId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    });

    it('refuses a missing name with 400 ValidationFailed naming the field', async () => {
      const res = await operator.post('/v1/families', {});
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([{ path: 'name', message: expect.any(String) }]);
    });
  });

  describe('POST /v1/assets', () => {
    it('answers 201 { assetId } and the asset starts Commissioned', async () => {
      const res = await registerAsset({
        serialNumber: 'SN-42',
        owner: {
          name: 'Beamline 7',
          contact: 'bl7@example.org',
          identifier: 'https://ror.org/01js2sh04',
          identifierType: 'ROR',
        },
      });
      expect(res.status).toBe(201);
      expect(res.body).toEqual({ assetId: expect.any(String) });
      const got = await reader.get(`/v1/assets/${res.body.assetId}`);
      expect(got.status).toBe(200);
      expect(got.body).toEqual({
        assetId: res.body.assetId,
        name: 'Pilatus 6M',
        familyId,
        modelId: null,
        serialNumber: 'SN-42',
        owner: {
          name: 'Beamline 7',
          contact: 'bl7@example.org',
          identifier: 'https://ror.org/01js2sh04',
          identifierType: 'ROR',
        },
        lifecycle: 'Commissioned',
        mountId: null,
        fixtureId: null,
        persistentId: null,
        version: 1,
      });
    });

    it('answers 401 without a token and 403 Forbidden for a reader', async () => {
      const anonymous = await api.anonymous.post('/v1/assets', { name: 'x', familyId });
      expect(anonymous.status).toBe(401);
      expect(anonymous.body.code).toBe('Unauthenticated');
      const refused = await reader.post('/v1/assets', { name: 'x', familyId });
      expect(refused.status).toBe(403);
      expect(refused.body.code).toBe('Forbidden');
      expect(refused.headers.get('content-type')).toContain('application/problem+json');
    });

    it('answers 400 ValidationFailed with errors[] for an unknown field or a bad UUID', async () => {
      const unknownField = await registerAsset({ colour: 'blue' });
      expect(unknownField.status).toBe(400);
      expect(unknownField.body).toMatchObject({
        status: 400,
        code: 'ValidationFailed',
        errors: [{ path: 'colour', message: expect.stringContaining('unknown') }],
      });
      const badUuid = await registerAsset({ familyId: 'not-a-uuid' });
      expect(badUuid.status).toBe(400);
      expect(badUuid.body.errors).toEqual([{ path: 'familyId', message: expect.any(String) }]);
      const nestedUnknown = await registerAsset({ owner: { name: 'x', phone: '1' } });
      expect(nestedUnknown.body.errors).toEqual([{ path: 'owner.phone', message: expect.any(String) }]);
    });

    it('answers 404 FamilyNotFound and ModelNotFound', async () => {
      const noFamily = await registerAsset({ familyId: '00000000-0000-0000-0000-000000000000' });
      expect(noFamily.status).toBe(404);
      expect(noFamily.body.code).toBe('FamilyNotFound');
      const noModel = await registerAsset({ modelId: '12345678-1234-1234-1234-123456789abc' });
      expect(noModel.status).toBe(404);
      expect(noModel.body.code).toBe('ModelNotFound');
    });
  });

  describe('GET /v1/assets/{id}', () => {
    it('answers 404 AssetNotFound for an unknown id and 400 for a malformed one', async () => {
      const missing = await reader.get('/v1/assets/00000000-0000-0000-0000-000000000001');
      expect(missing.status).toBe(404);
      expect(missing.body.code).toBe('AssetNotFound');
      const family = await reader.get(`/v1/assets/${familyId}`);
      expect(family.body.code).toBe('AssetNotFound');
      const malformed = await reader.get('/v1/assets/123');
      expect(malformed.status).toBe(400);
      expect(malformed.body.errors).toEqual([{ path: 'id', message: expect.any(String) }]);
    });
  });

  describe('POST /v1/assets/{id}/activate', () => {
    it('answers 204, then 409 AssetCannotActivate on a second activation', async () => {
      const { assetId } = (await registerAsset()).body;
      const first = await operator.post(`/v1/assets/${assetId}/activate`);
      expect(first.status).toBe(204);
      expect(first.text).toBe('');
      expect((await reader.get(`/v1/assets/${assetId}`)).body).toMatchObject({ lifecycle: 'Active', version: 2 });
      const second = await operator.post(`/v1/assets/${assetId}/activate`);
      expect(second.status).toBe(409);
      expect(second.body.code).toBe('AssetCannotActivate');
    });

    it('answers 404 AssetNotFound and 403 for a reader', async () => {
      expect((await operator.post('/v1/assets/00000000-0000-0000-0000-000000000002/activate')).body.code).toBe(
        'AssetNotFound',
      );
      const { assetId } = (await registerAsset()).body;
      expect((await reader.post(`/v1/assets/${assetId}/activate`)).status).toBe(403);
    });

    it('ten concurrent activations: exactly one 204, the others 409, one activation event in the stream', async () => {
      const { assetId } = (await registerAsset()).body;
      const answers = await Promise.all(
        Array.from({ length: 10 }, () => operator.post(`/v1/assets/${assetId}/activate`)),
      );
      const statuses = answers.map((a) => a.status).sort();
      expect(statuses).toEqual([204, 409, 409, 409, 409, 409, 409, 409, 409, 409]);
      for (const a of answers.filter((x) => x.status === 409))
        expect(['AssetCannotActivate', 'ConcurrencyConflict']).toContain(a.body.code);
      const db = new Client({ connectionString: api.databaseUrl });
      await db.connect();
      try {
        const rows = await db.query(`SELECT type FROM events WHERE stream_id = $1 ORDER BY version`, [assetId]);
        expect(rows.rows.map((r) => r.type)).toEqual(['AssetRegistered', 'AssetActivated']);
      } finally {
        await db.end();
      }
    });
  });

  describe('Idempotency-Key', () => {
    it('replays the first answer for the same key and body, 422 IdempotencyKeyReused for another body', async () => {
      const headers = { 'idempotency-key': `register-${Date.now()}` };
      const first = await operator.post('/v1/assets', { name: 'Eiger', familyId }, { headers });
      expect(first.status).toBe(201);
      const again = await operator.post('/v1/assets', { familyId, name: 'Eiger' }, { headers });
      expect(again.status).toBe(201);
      expect(again.body).toEqual(first.body);
      const other = await operator.post('/v1/assets', { name: 'Eiger 2', familyId }, { headers });
      expect(other.status).toBe(422);
      expect(other.body.code).toBe('IdempotencyKeyReused');
      await api.drain();
      const listed = await reader.get(`/v1/assets?familyId=${familyId}&limit=100`);
      expect(listed.body.items.filter((a: { name: string }) => a.name === 'Eiger')).toHaveLength(1);
    });

    it('replays a refusal as it was, and keys are per principal', async () => {
      const headers = { 'idempotency-key': 'activate-missing' };
      const path = '/v1/assets/00000000-0000-0000-0000-000000000003/activate';
      const first = await operator.post(path, undefined, { headers });
      const again = await operator.post(path, undefined, { headers });
      expect(again.status).toBe(404);
      expect(again.body).toEqual(first.body);
      const otherPrincipal = await api.admin.post('/v1/families', { name: 'Other' }, { headers });
      expect(otherPrincipal.status).toBe(201);
    });
  });

  describe('GET /v1/assets', () => {
    it('shows a new asset right away, filters by lifecycle, and pages with a cursor', async () => {
      const fresh = await operator.post('/v1/families', { name: 'Paged' });
      const pagedFamily = fresh.body.familyId;
      const ids: string[] = [];
      for (let i = 0; i < 5; i++)
        ids.push((await operator.post('/v1/assets', { name: `A${i}`, familyId: pagedFamily })).body.assetId);
      await operator.post(`/v1/assets/${ids[0]}/activate`);

      const all = await reader.get(`/v1/assets?familyId=${pagedFamily}`);
      expect(all.status).toBe(200);
      expect(all.body.items.map((a: { assetId: string }) => a.assetId)).toEqual(ids);
      expect(all.body.nextCursor).toBeNull();

      const active = await reader.get(`/v1/assets?familyId=${pagedFamily}&lifecycle=Active`);
      expect(active.body.items).toEqual([
        expect.objectContaining({ assetId: ids[0], lifecycle: 'Active', version: 2 }),
      ]);

      const page1 = await reader.get(`/v1/assets?familyId=${pagedFamily}&limit=2`);
      expect(page1.body.items.map((a: { assetId: string }) => a.assetId)).toEqual(ids.slice(0, 2));
      const page2 = await reader.get(`/v1/assets?familyId=${pagedFamily}&limit=2&cursor=${page1.body.nextCursor}`);
      expect(page2.body.items.map((a: { assetId: string }) => a.assetId)).toEqual(ids.slice(2, 4));
      const page3 = await reader.get(`/v1/assets?familyId=${pagedFamily}&limit=2&cursor=${page2.body.nextCursor}`);
      expect(page3.body.items.map((a: { assetId: string }) => a.assetId)).toEqual(ids.slice(4));
      expect(page3.body.nextCursor).toBeNull();
    });

    it('refuses a bad cursor, limit or lifecycle', async () => {
      expect((await reader.get('/v1/assets?cursor=%%%')).body.code).toBe('InvalidCursor');
      expect((await reader.get('/v1/assets?cursor=bm90LWpzb24')).body.code).toBe('InvalidCursor');
      // Decodes, but its key is not an id: still the client's mistake, never a 500.
      const notAnId = await reader.get(`/v1/assets?cursor=${Buffer.from('["x"]').toString('base64url')}`);
      expect(notAnId.status).toBe(400);
      expect(notAnId.body.code).toBe('InvalidCursor');
      expect((await reader.get('/v1/assets?limit=0')).body.code).toBe('ValidationFailed');
      expect((await reader.get('/v1/assets?limit=101')).body.code).toBe('ValidationFailed');
      expect((await reader.get('/v1/assets?lifecycle=Broken')).body.code).toBe('ValidationFailed');
    });

    it('a rebuild of the projection reproduces the same rows', async () => {
      await api.drain();
      const db = new Client({ connectionString: api.databaseUrl });
      await db.connect();
      try {
        const before = (await db.query('SELECT * FROM asset_summary ORDER BY stream_id')).rows;
        expect(before.length).toBeGreaterThan(5);
        const rebuilt = await api.admin.post('/v1/projections/asset_summary/rebuild');
        expect(rebuilt.status).toBe(200);
        const after = (await db.query('SELECT * FROM asset_summary ORDER BY stream_id')).rows;
        expect(after).toEqual(before);
      } finally {
        await db.end();
      }
    });
  });
});
