import { Client } from 'pg';
import { HttpClient } from '@custody/platform/testing';
import { TestApi, startTestApi } from './support/test-api';

// Real HTTP on a fresh database, and concurrency rounds: give them room on a busy machine.

const UNKNOWN = '00000000-0000-0000-0000-0000000000c0';
const ROR = { name: 'DECTRIS', identifier: 'https://ror.org/02j2x3c07', identifierType: 'ROR' };

describe('equipment: families and models over REST', () => {
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

  const registerModel = (body: Record<string, unknown> = {}) =>
    operator.post('/v1/models', { familyId, name: 'Pilatus3 X 6M', manufacturer: ROR, ...body });

  describe('POST /v1/models', () => {
    it('answers 201 { modelId } and the model reads back as registered', async () => {
      const res = await registerModel();
      expect(res.status).toBe(201);
      expect(res.body).toEqual({ modelId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
      const got = await reader.get(`/v1/models/${res.body.modelId}`);
      expect(got.status).toBe(200);
      expect(got.body).toEqual({
        modelId: res.body.modelId,
        familyId,
        name: 'Pilatus3 X 6M',
        manufacturer: ROR,
        version: 1,
      });
    });

    it('takes a manufacturer with only a name', async () => {
      const res = await registerModel({ name: 'Custom stage', manufacturer: { name: 'In-house workshop' } });
      expect(res.status).toBe(201);
      const got = await reader.get(`/v1/models/${res.body.modelId}`);
      expect(got.body.manufacturer).toEqual({ name: 'In-house workshop' });
    });

    it('answers 404 FamilyNotFound for an unknown family, and for an id that is not a family', async () => {
      const unknown = await registerModel({ familyId: UNKNOWN });
      expect(unknown.status).toBe(404);
      expect(unknown.body).toMatchObject({ status: 404, code: 'FamilyNotFound' });
      expect(unknown.headers.get('content-type')).toContain('application/problem+json');
      const { modelId } = (await registerModel()).body;
      expect((await registerModel({ familyId: modelId })).body.code).toBe('FamilyNotFound');
    });

    it('answers 400 ValidationFailed for a missing manufacturer, an unknown field, or half an identifier', async () => {
      const missing = await operator.post('/v1/models', { familyId, name: 'X' });
      expect(missing.status).toBe(400);
      expect(missing.body.errors).toEqual([{ path: 'manufacturer', message: expect.any(String) }]);
      const unknownField = await registerModel({ manufacturer: { name: 'M', country: 'CH' } });
      expect(unknownField.body.errors).toEqual([{ path: 'manufacturer.country', message: expect.any(String) }]);
      const halfIdentifier = await registerModel({ manufacturer: { name: 'M', identifier: 'https://ror.org/x' } });
      expect(halfIdentifier.status).toBe(400);
      expect(halfIdentifier.body).toMatchObject({
        code: 'ValidationFailed',
        errors: [{ path: 'manufacturer.identifierType', message: expect.any(String) }],
      });
      const badFamily = await registerModel({ familyId: 'nope' });
      expect(badFamily.body.errors).toEqual([{ path: 'familyId', message: expect.any(String) }]);
    });

    it('answers 401 without a token and 403 Forbidden for a reader', async () => {
      expect((await api.anonymous.post('/v1/models', { familyId, name: 'X', manufacturer: ROR })).status).toBe(401);
      const refused = await reader.post('/v1/models', { familyId, name: 'X', manufacturer: ROR });
      expect(refused.status).toBe(403);
      expect(refused.body.code).toBe('Forbidden');
    });

    it('replays the first answer for the same Idempotency-Key and body', async () => {
      const headers = { 'idempotency-key': 'register-model-1' };
      const body = { familyId, name: 'Eiger2 X 16M', manufacturer: ROR };
      const first = await operator.post('/v1/models', body, { headers });
      const again = await operator.post('/v1/models', body, { headers });
      expect(again.status).toBe(201);
      expect(again.body).toEqual(first.body);
      const other = await operator.post('/v1/models', { ...body, name: 'Other' }, { headers });
      expect(other.status).toBe(422);
      expect(other.body.code).toBe('IdempotencyKeyReused');
    });
  });

  describe('GET /v1/models/{id}', () => {
    it('answers 404 ModelNotFound for an unknown id or a family id, 400 for a malformed one', async () => {
      const missing = await reader.get(`/v1/models/${UNKNOWN}`);
      expect(missing.status).toBe(404);
      expect(missing.body.code).toBe('ModelNotFound');
      expect((await reader.get(`/v1/models/${familyId}`)).body.code).toBe('ModelNotFound');
      const malformed = await reader.get('/v1/models/42');
      expect(malformed.status).toBe(400);
      expect(malformed.body.errors).toEqual([{ path: 'id', message: expect.any(String) }]);
    });

    it('answers 401 without a token', async () => {
      expect((await api.anonymous.get(`/v1/models/${UNKNOWN}`)).status).toBe(401);
    });
  });

  describe('GET /v1/models', () => {
    it('lists a family’s models right away, in registration order, a page at a time', async () => {
      const own = (await operator.post('/v1/families', { name: 'Stages' })).body.familyId;
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) {
        const res = await operator.post('/v1/models', {
          familyId: own,
          name: `Stage ${i}`,
          manufacturer: { name: 'PI' },
        });
        ids.push(res.body.modelId);
      }
      const all = await reader.get(`/v1/models?familyId=${own}`);
      expect(all.status).toBe(200);
      expect(all.body.items.map((m: { modelId: string }) => m.modelId)).toEqual(ids);
      expect(all.body.items[0]).toEqual({
        modelId: ids[0],
        familyId: own,
        name: 'Stage 0',
        manufacturer: { name: 'PI' },
        version: 1,
      });
      expect(all.body.nextCursor).toBeNull();

      const page1 = await reader.get(`/v1/models?familyId=${own}&limit=2`);
      expect(page1.body.items.map((m: { modelId: string }) => m.modelId)).toEqual(ids.slice(0, 2));
      const page2 = await reader.get(`/v1/models?familyId=${own}&limit=2&cursor=${page1.body.nextCursor}`);
      expect(page2.body.items.map((m: { modelId: string }) => m.modelId)).toEqual(ids.slice(2, 4));
      const page3 = await reader.get(`/v1/models?familyId=${own}&limit=2&cursor=${page2.body.nextCursor}`);
      expect(page3.body.items.map((m: { modelId: string }) => m.modelId)).toEqual(ids.slice(4));
      expect(page3.body.nextCursor).toBeNull();
    });

    it('lists every family’s models without a filter, and none for an unknown family', async () => {
      const all = await reader.get('/v1/models?limit=100');
      const families = new Set(all.body.items.map((m: { familyId: string }) => m.familyId));
      expect(families.size).toBeGreaterThan(1);
      const none = await reader.get(`/v1/models?familyId=${UNKNOWN}`);
      expect(none.status).toBe(200);
      expect(none.body).toEqual({ items: [], nextCursor: null });
    });

    it('refuses a bad cursor, a bad limit, a bad familyId and an unknown parameter', async () => {
      const badCursor = await reader.get('/v1/models?cursor=%%%');
      expect(badCursor.status).toBe(400);
      expect(badCursor.body.code).toBe('InvalidCursor');
      expect((await reader.get('/v1/models?cursor=bm90LWpzb24')).body.code).toBe('InvalidCursor');
      // Well-formed cursors whose key is not an id this list hands out: ["x"] and [5].
      for (const cursor of ['WyJ4Il0', 'WzVd']) {
        const res = await reader.get(`/v1/models?cursor=${cursor}`);
        expect(res.status).toBe(400);
        expect(res.body.code).toBe('InvalidCursor');
      }
      expect((await reader.get('/v1/models?limit=0')).body.code).toBe('ValidationFailed');
      expect((await reader.get('/v1/models?limit=101')).body.code).toBe('ValidationFailed');
      expect((await reader.get('/v1/models?familyId=x')).body.errors).toEqual([
        { path: 'familyId', message: expect.any(String) },
      ]);
      expect((await reader.get('/v1/models?colour=red')).body.code).toBe('ValidationFailed');
    });
  });

  describe('GET /v1/families/{id}', () => {
    it('answers the family', async () => {
      const got = await reader.get(`/v1/families/${familyId}`);
      expect(got.status).toBe(200);
      expect(got.body).toEqual({ familyId, name: 'Area detectors', version: 1 });
    });

    it('answers 404 FamilyNotFound for an unknown id or a model id, 400 for a malformed one', async () => {
      const missing = await reader.get(`/v1/families/${UNKNOWN}`);
      expect(missing.status).toBe(404);
      expect(missing.body.code).toBe('FamilyNotFound');
      const { modelId } = (await registerModel()).body;
      expect((await reader.get(`/v1/families/${modelId}`)).body.code).toBe('FamilyNotFound');
      expect((await reader.get('/v1/families/not-a-uuid')).status).toBe(400);
    });
  });

  describe('GET /v1/families', () => {
    it('lists families right away, in registration order, a page at a time; duplicate names are allowed', async () => {
      const before = await reader.get('/v1/families?limit=100');
      const known = before.body.items.length;
      const ids: string[] = [];
      for (const name of ['Monochromators', 'Monochromators', 'Mirrors']) {
        const res = await operator.post('/v1/families', { name });
        expect(res.status).toBe(201);
        ids.push(res.body.familyId);
      }
      const all = await reader.get('/v1/families?limit=100');
      expect(all.body.items).toHaveLength(known + 3);
      expect(all.body.items.slice(known)).toEqual([
        { familyId: ids[0], name: 'Monochromators', version: 1 },
        { familyId: ids[1], name: 'Monochromators', version: 1 },
        { familyId: ids[2], name: 'Mirrors', version: 1 },
      ]);
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { body: { items: { familyId: string }[]; nextCursor: string | null } } = await reader.get(
          `/v1/families?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
        );
        expect(page.body.items.length).toBeLessThanOrEqual(2);
        seen.push(...page.body.items.map((f) => f.familyId));
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(seen).toEqual(all.body.items.map((f: { familyId: string }) => f.familyId));
    });

    it('refuses a bad cursor with 400 InvalidCursor and a bad limit with ValidationFailed', async () => {
      const bad = await reader.get('/v1/families?cursor=WyJ4Il0x');
      expect(bad.status).toBe(400);
      expect(bad.body.code).toBe('InvalidCursor');
      expect((await reader.get('/v1/families?cursor=WyJ4Il0')).body.code).toBe('InvalidCursor');
      expect((await reader.get('/v1/families?limit=abc')).body.code).toBe('ValidationFailed');
    });

    it('answers 401 without a token', async () => {
      expect((await api.anonymous.get('/v1/families')).status).toBe(401);
    });
  });

  it('a rebuild of the family and model projections reproduces the same rows', async () => {
    await api.drain();
    const db = new Client({ connectionString: api.databaseUrl });
    await db.connect();
    try {
      for (const name of ['family_summary', 'model_summary']) {
        const before = (await db.query(`SELECT * FROM ${name} ORDER BY stream_id`)).rows;
        expect(before.length).toBeGreaterThan(3);
        const rebuilt = await api.admin.post(`/v1/projections/${name}/rebuild`);
        expect(rebuilt.status).toBe(200);
        expect((await db.query(`SELECT * FROM ${name} ORDER BY stream_id`)).rows).toEqual(before);
      }
    } finally {
      await db.end();
    }
  });
});
