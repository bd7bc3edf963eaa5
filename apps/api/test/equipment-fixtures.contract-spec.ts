import { Client } from 'pg';
import { HttpClient, HttpResponse } from '@custody/platform/testing';
import { TestApi, startTestApi } from './support/test-api';

const UNKNOWN = '00000000-0000-0000-0000-000000000000';

describe('equipment: assemblies and fixtures over REST', () => {
  let api: TestApi;
  let operator: HttpClient;
  let reader: HttpClient;
  let detectors: string;
  let stages: string;
  let frameId: string;
  let mounts = 0;

  beforeAll(async () => {
    api = await startTestApi();
    operator = await api.as(['operator']);
    reader = await api.as(['reader']);
    detectors = (await operator.post('/v1/families', { name: 'Area detectors' })).body.familyId;
    stages = (await operator.post('/v1/families', { name: 'Sample stages' })).body.familyId;
    frameId = (await operator.post('/v1/frames', { name: 'Beamline 7 table' })).body.frameId;
  });
  afterAll(() => api.close());

  const ok = <T>(res: HttpResponse<T>, status: number): T => {
    if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${res.text}`);
    return res.body;
  };
  const expectProblem = (res: HttpResponse, status: number, code: string) => {
    expect({ status: res.status, code: res.body?.code }).toEqual({ status, code });
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  };

  /** A Commissioned asset of the family. */
  const asset = async (familyId: string) =>
    ok(await operator.post('/v1/assets', { name: 'instrument', familyId }), 201).assetId as string;
  /** An Active asset, in no mount. */
  const activeAsset = async (familyId: string) => {
    const assetId = await asset(familyId);
    ok(await operator.post(`/v1/assets/${assetId}/activate`), 204);
    return assetId;
  };
  const newMount = async () => {
    mounts += 1;
    return ok(await operator.post(`/v1/frames/${frameId}/mounts`, { slotCode: `M${mounts}` }), 201).mountId as string;
  };
  /** An Active asset installed in a fresh mount. */
  const installedAsset = async (familyId: string) => {
    const assetId = await activeAsset(familyId);
    const mountId = await newMount();
    ok(await operator.put(`/v1/mounts/${mountId}/installed-asset`, { assetId }), 204);
    return { assetId, mountId };
  };
  const uninstall = async (mountId: string) => ok(await operator.delete(`/v1/mounts/${mountId}/installed-asset`), 204);
  const decommission = (assetId: string) => operator.post(`/v1/assets/${assetId}/decommission`);
  /** An assembly with a detector slot (1) and a stage slot (2). */
  const saxsAssembly = async () =>
    ok(
      await operator.post('/v1/assemblies', {
        name: 'SAXS end station',
        slots: [
          { name: 'detector', familyId: detectors, count: 1 },
          { name: 'stage', familyId: stages, count: 2 },
        ],
      }),
      201,
    ).assemblyId as string;
  /** A detector-only assembly and a fixture binding one installed detector. */
  const oneDetectorFixture = async () => {
    const assemblyId = ok(
      await operator.post('/v1/assemblies', {
        name: 'one',
        slots: [{ name: 'detector', familyId: detectors, count: 1 }],
      }),
      201,
    ).assemblyId as string;
    const { assetId, mountId } = await installedAsset(detectors);
    const { fixtureId } = ok(
      await operator.post(`/v1/assemblies/${assemblyId}/fixtures`, {
        slotAssetBindings: [{ slotName: 'detector', assetId }],
      }),
      201,
    );
    return { assemblyId, assetId, mountId, fixtureId: fixtureId as string };
  };
  const registerFixture = (assemblyId: string, slotAssetBindings: { slotName: string; assetId: string }[]) =>
    operator.post(`/v1/assemblies/${assemblyId}/fixtures`, { slotAssetBindings });
  const attach = (assetId: string, fixtureId: string) =>
    operator.post(`/v1/assets/${assetId}/attach-to-fixture`, { fixtureId });
  const detach = (assetId: string, fixtureId: string) =>
    operator.post(`/v1/assets/${assetId}/detach-from-fixture`, { fixtureId });
  const smallest = (...ids: string[]) => [...ids].sort()[0];

  async function eventsOf(streamIds: string[]): Promise<{ stream_id: string; type: string; position: string }[]> {
    const db = new Client({ connectionString: api.databaseUrl });
    await db.connect();
    try {
      const res = await db.query(
        `SELECT stream_id::text, type, position::text FROM events WHERE stream_id::text = ANY($1) ORDER BY position`,
        [streamIds],
      );
      return res.rows;
    } finally {
      await db.end();
    }
  }

  describe('POST /v1/assemblies', () => {
    it('answers 201 { assemblyId }; GET shows { assemblyId, name, slots, deprecated, version }', async () => {
      const res = await operator.post('/v1/assemblies', {
        name: 'SAXS end station',
        slots: [
          { name: 'detector', familyId: detectors, count: 1 },
          { name: 'stage', familyId: stages, count: 2 },
        ],
      });
      expect(res.status).toBe(201);
      expect(res.body).toEqual({ assemblyId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
      const got = await reader.get(`/v1/assemblies/${res.body.assemblyId}`);
      expect(got.status).toBe(200);
      expect(got.body).toEqual({
        assemblyId: res.body.assemblyId,
        name: 'SAXS end station',
        slots: [
          { name: 'detector', familyId: detectors, count: 1 },
          { name: 'stage', familyId: stages, count: 2 },
        ],
        deprecated: false,
        version: 1,
      });
    });

    it('answers 400 ValidationFailed with errors[] for no slot, a slot name used twice, a count below 1 or not an integer', async () => {
      const noSlots = await operator.post('/v1/assemblies', { name: 'x', slots: [] });
      expectProblem(noSlots, 400, 'ValidationFailed');
      expect(noSlots.body.errors).toEqual([{ path: 'slots', message: expect.any(String) }]);
      const missing = await operator.post('/v1/assemblies', { name: 'x' });
      expect(missing.body.errors).toEqual([{ path: 'slots', message: expect.any(String) }]);
      const twice = await operator.post('/v1/assemblies', {
        name: 'x',
        slots: [
          { name: 'detector', familyId: detectors, count: 1 },
          { name: 'Detector', familyId: stages, count: 1 },
        ],
      });
      expectProblem(twice, 400, 'ValidationFailed');
      expect(twice.body.errors).toEqual([{ path: 'slots.1.name', message: expect.stringContaining('slots.0') }]);
      const zero = await operator.post('/v1/assemblies', {
        name: 'x',
        slots: [{ name: 'detector', familyId: detectors, count: 0 }],
      });
      expect(zero.body.errors).toEqual([{ path: 'slots.0.count', message: expect.any(String) }]);
      const fraction = await operator.post('/v1/assemblies', {
        name: 'x',
        slots: [{ name: 'detector', familyId: detectors, count: 1.5 }],
      });
      expect(fraction.body.errors).toEqual([{ path: 'slots.0.count', message: expect.any(String) }]);
      const tooMany = await operator.post('/v1/assemblies', {
        name: 'x',
        slots: Array.from({ length: 11 }, (_, i) => ({ name: `s${i}`, familyId: detectors, count: 100 })),
      });
      expect(tooMany.body.errors).toEqual([{ path: 'slots', message: expect.stringContaining('1100') }]);
      const unknownField = await operator.post('/v1/assemblies', {
        name: 'x',
        slots: [{ name: 'detector', familyId: detectors, count: 1, colour: 'red' }],
      });
      expect(unknownField.body.errors).toEqual([{ path: 'slots.0.colour', message: expect.any(String) }]);
    });

    it('answers 404 FamilyNotFound naming the smallest unknown familyId', async () => {
      const big = 'ffffffff-0000-4000-8000-000000000000';
      const small = '10000000-0000-4000-8000-000000000000';
      const res = await operator.post('/v1/assemblies', {
        name: 'x',
        slots: [
          { name: 'a', familyId: detectors, count: 1 },
          { name: 'b', familyId: big, count: 1 },
          { name: 'c', familyId: small, count: 1 },
        ],
      });
      expectProblem(res, 404, 'FamilyNotFound');
      expect(res.body.detail).toContain(small);
    });

    it('answers 401 without a token and 403 for a reader', async () => {
      const body = { name: 'x', slots: [{ name: 'a', familyId: detectors, count: 1 }] };
      expectProblem(await api.anonymous.post('/v1/assemblies', body), 401, 'Unauthenticated');
      expectProblem(await reader.post('/v1/assemblies', body), 403, 'Forbidden');
    });

    it('replays the first answer for the same Idempotency-Key and body', async () => {
      const headers = { 'idempotency-key': 'assembly-once' };
      const body = { name: 'once', slots: [{ name: 'a', familyId: detectors, count: 1 }] };
      const first = await operator.post('/v1/assemblies', body, { headers });
      const again = await operator.post('/v1/assemblies', body, { headers });
      expect(again.status).toBe(201);
      expect(again.body).toEqual(first.body);
      expectProblem(
        await operator.post('/v1/assemblies', { ...body, name: 'twice' }, { headers }),
        422,
        'IdempotencyKeyReused',
      );
    });
  });

  describe('GET /v1/assemblies/{id}', () => {
    it('answers 404 AssemblyNotFound for an unknown id and 400 for a malformed one', async () => {
      expectProblem(await reader.get(`/v1/assemblies/${UNKNOWN}`), 404, 'AssemblyNotFound');
      expectProblem(await reader.get(`/v1/assemblies/${detectors}`), 404, 'AssemblyNotFound');
      const malformed = await reader.get('/v1/assemblies/abc');
      expectProblem(malformed, 400, 'ValidationFailed');
      expect(malformed.body.errors).toEqual([{ path: 'id', message: expect.any(String) }]);
    });
  });

  describe('POST /v1/assemblies/{id}/deprecate', () => {
    it('answers 204, then 409 AssemblyCannotDeprecate', async () => {
      const assemblyId = await saxsAssembly();
      const first = await operator.post(`/v1/assemblies/${assemblyId}/deprecate`);
      expect(first.status).toBe(204);
      expect(first.text).toBe('');
      expect((await reader.get(`/v1/assemblies/${assemblyId}`)).body).toMatchObject({ deprecated: true, version: 2 });
      expectProblem(await operator.post(`/v1/assemblies/${assemblyId}/deprecate`), 409, 'AssemblyCannotDeprecate');
    });

    it('answers 404 AssemblyNotFound, 403 for a reader', async () => {
      expectProblem(await operator.post(`/v1/assemblies/${UNKNOWN}/deprecate`), 404, 'AssemblyNotFound');
      const assemblyId = await saxsAssembly();
      expectProblem(await reader.post(`/v1/assemblies/${assemblyId}/deprecate`), 403, 'Forbidden');
    });

    it('leaves the fixtures already registered from it unchanged', async () => {
      const { assemblyId, fixtureId } = await oneDetectorFixture();
      ok(await operator.post(`/v1/assemblies/${assemblyId}/deprecate`), 204);
      expect((await reader.get(`/v1/fixtures/${fixtureId}`)).status).toBe(200);
    });
  });

  describe('GET /v1/assemblies', () => {
    it('shows new assemblies right away, filters on deprecated, pages with a cursor', async () => {
      const ids: string[] = [];
      for (let i = 0; i < 3; i++) ids.push(await saxsAssembly());
      ok(await operator.post(`/v1/assemblies/${ids[1]}/deprecate`), 204);
      const all: string[] = [];
      let cursor: string | null = null;
      do {
        const page: HttpResponse = await reader.get(`/v1/assemblies?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
        expect(page.status).toBe(200);
        expect(page.body.items.length).toBeLessThanOrEqual(2);
        all.push(...page.body.items.map((a: { assemblyId: string }) => a.assemblyId));
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(all.slice(-3)).toEqual(ids);
      expect(new Set(all).size).toBe(all.length);

      const deprecated = await reader.get('/v1/assemblies?deprecated=true&limit=100');
      const deprecatedIds = deprecated.body.items.map((a: { assemblyId: string }) => a.assemblyId);
      expect(deprecatedIds).toContain(ids[1]);
      expect(deprecatedIds).not.toContain(ids[0]);
      expect(deprecated.body.items.find((a: { assemblyId: string }) => a.assemblyId === ids[1])).toMatchObject({
        deprecated: true,
        version: 2,
      });
      const usable = (await reader.get('/v1/assemblies?deprecated=false&limit=100')).body.items.map(
        (a: { assemblyId: string }) => a.assemblyId,
      );
      expect(usable).toEqual(expect.arrayContaining([ids[0], ids[2]]));
      expect(usable).not.toContain(ids[1]);
    });

    it('refuses a bad cursor, limit or filter', async () => {
      expectProblem(await reader.get('/v1/assemblies?cursor=%%%'), 400, 'InvalidCursor');
      expectProblem(await reader.get('/v1/assemblies?limit=0'), 400, 'ValidationFailed');
      expectProblem(await reader.get('/v1/assemblies?deprecated=maybe'), 400, 'ValidationFailed');
    });
  });

  describe('POST /v1/assemblies/{id}/fixtures', () => {
    it('answers 201 { fixtureId }; GET shows the bindings, no attached asset and no persistent id', async () => {
      const assemblyId = await saxsAssembly();
      const detector = await installedAsset(detectors);
      const stage1 = await installedAsset(stages);
      const stage2 = await installedAsset(stages);
      ok(await operator.post(`/v1/assets/${stage2.assetId}/begin-maintenance`), 204);
      const slotAssetBindings = [
        { slotName: 'stage', assetId: stage1.assetId },
        { slotName: 'detector', assetId: detector.assetId },
        { slotName: 'stage', assetId: stage2.assetId },
      ];
      const res = await operator.post(`/v1/assemblies/${assemblyId}/fixtures`, {
        slotAssetBindings,
        parameterOverrides: { exposureSeconds: 0.5, detectorDistanceMm: 3000 },
      });
      expect(res.status).toBe(201);
      expect(res.body).toEqual({ fixtureId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
      const got = await reader.get(`/v1/fixtures/${res.body.fixtureId}`);
      expect(got.status).toBe(200);
      expect(got.body).toEqual({
        fixtureId: res.body.fixtureId,
        assemblyId,
        slotAssetBindings,
        parameterOverrides: { exposureSeconds: 0.5, detectorDistanceMm: 3000 },
        attachedAssetIds: [],
        persistentId: null,
        version: 1,
      });
      // Registering binds; it does not attach: the asset shows no fixture yet.
      expect((await reader.get(`/v1/assets/${detector.assetId}`)).body.fixtureId).toBeNull();
    });

    it('checks in the contract’s order: AssemblyNotFound, then AssemblyCannotInstantiate, before any asset', async () => {
      const bindings = [{ slotName: 'nope', assetId: UNKNOWN }];
      expectProblem(await registerFixture(UNKNOWN, bindings), 404, 'AssemblyNotFound');
      const assemblyId = await saxsAssembly();
      ok(await operator.post(`/v1/assemblies/${assemblyId}/deprecate`), 204);
      const deprecated = await registerFixture(assemblyId, bindings);
      expectProblem(deprecated, 409, 'AssemblyCannotInstantiate');
      expect(deprecated.body.detail).toContain(assemblyId);
    });

    it('FixtureAssetNotFound 404 names the smallest unknown assetId, before a decommissioned or uninstalled asset', async () => {
      const assemblyId = await saxsAssembly();
      const gone = await activeAsset(stages);
      ok(await decommission(gone), 204);
      const uninstalled = await activeAsset(stages);
      const big = 'ffffffff-0000-4000-8000-00000000000b';
      const small = '0fffffff-0000-4000-8000-00000000000a';
      const res = await registerFixture(assemblyId, [
        { slotName: 'detector', assetId: big },
        { slotName: 'stage', assetId: gone },
        { slotName: 'stage', assetId: uninstalled },
        { slotName: 'mirror', assetId: small },
      ]);
      expectProblem(res, 404, 'FixtureAssetNotFound');
      expect(res.body.detail).toContain(small);
    });

    it('FixtureAssetNotAttachable 409 names the smallest decommissioned assetId, before an uninstalled asset', async () => {
      const assemblyId = await saxsAssembly();
      const goneA = await activeAsset(stages);
      const goneB = await activeAsset(stages);
      ok(await decommission(goneA), 204);
      ok(await decommission(goneB), 204);
      const uninstalled = await activeAsset(detectors);
      const res = await registerFixture(assemblyId, [
        { slotName: 'detector', assetId: uninstalled },
        { slotName: 'stage', assetId: goneB },
        { slotName: 'stage', assetId: goneA },
      ]);
      expectProblem(res, 409, 'FixtureAssetNotAttachable');
      expect(res.body.detail).toContain(smallest(goneA, goneB));
    });

    it('FixtureAssetNotInstalled 409 names the smallest asset in no mount (commissioned, or uninstalled again), before slot checks', async () => {
      const assemblyId = await saxsAssembly();
      const commissioned = await asset(stages);
      const wasInstalled = await installedAsset(stages);
      await uninstall(wasInstalled.mountId);
      const res = await registerFixture(assemblyId, [
        { slotName: 'mirror', assetId: wasInstalled.assetId },
        { slotName: 'stage', assetId: commissioned },
      ]);
      expectProblem(res, 409, 'FixtureAssetNotInstalled');
      expect(res.body.detail).toContain(smallest(commissioned, wasInstalled.assetId));
    });

    it('FixtureUnknownSlot 400 names the slot and the smallest assetId bound to an unknown slot, before the counts', async () => {
      const assemblyId = await saxsAssembly();
      const a = await installedAsset(detectors);
      const b = await installedAsset(stages);
      const res = await registerFixture(assemblyId, [
        { slotName: 'Detector', assetId: a.assetId },
        { slotName: 'mirror', assetId: b.assetId },
      ]);
      expectProblem(res, 400, 'FixtureUnknownSlot');
      const first = smallest(a.assetId, b.assetId);
      expect(res.body.detail).toContain(first);
      expect(res.body.detail).toContain(first === a.assetId ? '"Detector"' : '"mirror"');
      expect(res.body.errors).toEqual([
        { path: 'slotAssetBindings.0.slotName', message: expect.stringContaining('Detector') },
        { path: 'slotAssetBindings.1.slotName', message: expect.stringContaining('mirror') },
      ]);
    });

    it('FixtureMappingIncomplete 400 when a slot gets fewer or more assets than its count, or none, before the families', async () => {
      const assemblyId = await saxsAssembly();
      const detector = await installedAsset(detectors);
      const stageA = await installedAsset(stages);
      const stageB = await installedAsset(stages);
      const wrongFamily = await installedAsset(detectors);
      const tooFew = await registerFixture(assemblyId, [
        { slotName: 'detector', assetId: wrongFamily.assetId },
        { slotName: 'stage', assetId: stageA.assetId },
      ]);
      expectProblem(tooFew, 400, 'FixtureMappingIncomplete');
      expect(tooFew.body.detail).toContain('"stage"');
      const empty = await registerFixture(assemblyId, []);
      expectProblem(empty, 400, 'FixtureMappingIncomplete');
      expect(empty.body.detail).toContain('"detector"');
      expect(empty.body.errors).toHaveLength(2);
      const tooMany = await registerFixture(assemblyId, [
        { slotName: 'detector', assetId: detector.assetId },
        { slotName: 'detector', assetId: wrongFamily.assetId },
        { slotName: 'stage', assetId: stageA.assetId },
        { slotName: 'stage', assetId: stageB.assetId },
      ]);
      expectProblem(tooMany, 400, 'FixtureMappingIncomplete');
      expect(tooMany.body.detail).toContain('"detector"');
    });

    it('FixtureAssetFamilyMismatch 400 names the smallest assetId of the wrong family', async () => {
      const assemblyId = await saxsAssembly();
      const detector = await installedAsset(detectors);
      const stageA = await installedAsset(stages);
      const notAStageA = await installedAsset(detectors);
      const notAStageB = await installedAsset(detectors);
      const res = await registerFixture(assemblyId, [
        { slotName: 'detector', assetId: detector.assetId },
        { slotName: 'stage', assetId: notAStageB.assetId },
        { slotName: 'stage', assetId: notAStageA.assetId },
      ]);
      expectProblem(res, 400, 'FixtureAssetFamilyMismatch');
      expect(res.body.detail).toContain(smallest(notAStageA.assetId, notAStageB.assetId));
      expect(res.body.errors).toHaveLength(2);
      const swapped = await registerFixture(assemblyId, [
        { slotName: 'stage', assetId: detector.assetId },
        { slotName: 'stage', assetId: stageA.assetId },
        { slotName: 'detector', assetId: notAStageA.assetId },
      ]);
      expectProblem(swapped, 400, 'FixtureAssetFamilyMismatch');
      expect(swapped.body.detail).toContain(detector.assetId);
    });

    it('answers 400 ValidationFailed for the same asset bound twice, a malformed id or an unknown field', async () => {
      const assemblyId = await saxsAssembly();
      const a = await installedAsset(stages);
      const twice = await registerFixture(assemblyId, [
        { slotName: 'stage', assetId: a.assetId },
        { slotName: 'stage', assetId: a.assetId.toUpperCase() },
      ]);
      expectProblem(twice, 400, 'ValidationFailed');
      expect(twice.body.errors).toEqual([{ path: 'slotAssetBindings.1.assetId', message: expect.any(String) }]);
      const badId = await registerFixture(assemblyId, [{ slotName: 'stage', assetId: 'nope' }]);
      expect(badId.body.errors).toEqual([{ path: 'slotAssetBindings.0.assetId', message: expect.any(String) }]);
      const extra = await operator.post(`/v1/assemblies/${assemblyId}/fixtures`, { slotAssetBindings: [], x: 1 });
      expect(extra.body.errors).toEqual([{ path: 'x', message: expect.any(String) }]);
      expectProblem(
        await operator.post('/v1/assemblies/abc/fixtures', { slotAssetBindings: [] }),
        400,
        'ValidationFailed',
      );
    });

    it('answers 403 for a reader', async () => {
      const assemblyId = await saxsAssembly();
      expectProblem(
        await reader.post(`/v1/assemblies/${assemblyId}/fixtures`, { slotAssetBindings: [] }),
        403,
        'Forbidden',
      );
    });

    it('lets one asset be bound in several fixtures', async () => {
      const { assemblyId, assetId } = await oneDetectorFixture();
      ok(await registerFixture(assemblyId, [{ slotName: 'detector', assetId }]), 201);
    });
  });

  describe('GET /v1/fixtures/{id} and GET /v1/fixtures', () => {
    it('answers 404 FixtureNotFound for an unknown id and 400 for a malformed one', async () => {
      expectProblem(await reader.get(`/v1/fixtures/${UNKNOWN}`), 404, 'FixtureNotFound');
      expectProblem(await reader.get('/v1/fixtures/1'), 400, 'ValidationFailed');
    });

    it('lists the fixtures of an assembly, or binding an asset, and pages with a cursor', async () => {
      const { assemblyId, assetId, fixtureId } = await oneDetectorFixture();
      const second = ok(await registerFixture(assemblyId, [{ slotName: 'detector', assetId }]), 201).fixtureId;
      const other = await oneDetectorFixture();
      const ofAssembly = await reader.get(`/v1/fixtures?assemblyId=${assemblyId}`);
      expect(ofAssembly.status).toBe(200);
      expect(ofAssembly.body).toEqual({
        items: [
          expect.objectContaining({ fixtureId, assemblyId, version: 1 }),
          expect.objectContaining({ fixtureId: second, assemblyId }),
        ],
        nextCursor: null,
      });
      const page1 = await reader.get(`/v1/fixtures?assemblyId=${assemblyId}&limit=1`);
      expect(page1.body.items.map((f: { fixtureId: string }) => f.fixtureId)).toEqual([fixtureId]);
      const page2 = await reader.get(`/v1/fixtures?assemblyId=${assemblyId}&limit=1&cursor=${page1.body.nextCursor}`);
      expect(page2.body.items.map((f: { fixtureId: string }) => f.fixtureId)).toEqual([second]);
      expect(page2.body.nextCursor).toBeNull();
      const ofAsset = await reader.get(`/v1/fixtures?assetId=${other.assetId}`);
      expect(ofAsset.body.items.map((f: { fixtureId: string }) => f.fixtureId)).toEqual([other.fixtureId]);

      ok(await attach(other.assetId, other.fixtureId), 204);
      const all = await reader.get('/v1/fixtures?limit=100');
      expect(all.body.items.find((f: { fixtureId: string }) => f.fixtureId === other.fixtureId)).toMatchObject({
        attachedAssetIds: [other.assetId],
        version: 2,
      });
      expectProblem(await reader.get('/v1/fixtures?cursor=bm90LWpzb24'), 400, 'InvalidCursor');
      expectProblem(await reader.get('/v1/fixtures?assemblyId=x'), 400, 'ValidationFailed');
    });

    it('a rebuild of the projections reproduces the same rows', async () => {
      await api.drain();
      const db = new Client({ connectionString: api.databaseUrl });
      await db.connect();
      try {
        for (const table of ['fixture_summary', 'assembly_summary']) {
          const before = (await db.query(`SELECT * FROM ${table} ORDER BY stream_id`)).rows;
          expect(before.length).toBeGreaterThan(0);
          expect((await api.admin.post(`/v1/projections/${table}/rebuild`)).status).toBe(200);
          expect((await db.query(`SELECT * FROM ${table} ORDER BY stream_id`)).rows).toEqual(before);
        }
      } finally {
        await db.end();
      }
    });
  });

  describe('POST /v1/assets/{id}/attach-to-fixture', () => {
    it('answers 204; the asset shows the fixture and the fixture lists the asset', async () => {
      const { assetId, fixtureId } = await oneDetectorFixture();
      const res = await attach(assetId, fixtureId);
      expect(res.status).toBe(204);
      expect(res.text).toBe('');
      expect((await reader.get(`/v1/assets/${assetId}`)).body).toMatchObject({ fixtureId });
      expect((await reader.get(`/v1/fixtures/${fixtureId}`)).body).toMatchObject({
        attachedAssetIds: [assetId],
        version: 2,
      });
      expect((await eventsOf([assetId, fixtureId])).slice(-2).map((e) => e.type)).toEqual(
        expect.arrayContaining(['AssetAttachedToFixture', 'FixtureAssetAttached']),
      );
    });

    it('an attached asset cannot be decommissioned or uninstalled until detached', async () => {
      const { assetId, mountId, fixtureId } = await oneDetectorFixture();
      ok(await attach(assetId, fixtureId), 204);
      expectProblem(await operator.delete(`/v1/mounts/${mountId}/installed-asset`), 409, 'MountHasFixtureBoundAsset');
      ok(await detach(assetId, fixtureId), 204);
      await uninstall(mountId);
      // Out of its mount, still attachable (it stays bound in the fixture), and then not decommissionable.
      ok(await attach(assetId, fixtureId), 204);
      expectProblem(await decommission(assetId), 409, 'AssetHasFixtureBinding');
    });

    it('answers AssetNotFound 404, then FixtureNotFound 404, then AssetNotBoundInFixture 400', async () => {
      const { fixtureId } = await oneDetectorFixture();
      expectProblem(await attach(UNKNOWN, UNKNOWN), 404, 'AssetNotFound');
      expectProblem(await attach(UNKNOWN, fixtureId), 404, 'AssetNotFound');
      const stranger = await installedAsset(detectors);
      expectProblem(await attach(stranger.assetId, UNKNOWN), 404, 'FixtureNotFound');
      const notBound = await attach(stranger.assetId, fixtureId);
      expectProblem(notBound, 400, 'AssetNotBoundInFixture');
      expect(notBound.body.detail).toContain(stranger.assetId);
    });

    it('answers 409 AssetAlreadyAttachedToFixture when attached to this or another fixture', async () => {
      const { assemblyId, assetId, fixtureId } = await oneDetectorFixture();
      const second = ok(await registerFixture(assemblyId, [{ slotName: 'detector', assetId }]), 201).fixtureId;
      ok(await attach(assetId, fixtureId), 204);
      expectProblem(await attach(assetId, fixtureId), 409, 'AssetAlreadyAttachedToFixture');
      const elsewhere = await attach(assetId, second);
      expectProblem(elsewhere, 409, 'AssetAlreadyAttachedToFixture');
      expect(elsewhere.body.detail).toContain(fixtureId);
    });

    it('answers 409 AssetCannotAttachToFixture for a decommissioned asset', async () => {
      const { assetId, mountId, fixtureId } = await oneDetectorFixture();
      await uninstall(mountId);
      ok(await decommission(assetId), 204);
      expectProblem(await attach(assetId, fixtureId), 409, 'AssetCannotAttachToFixture');
    });

    it('answers 400 for a missing or malformed fixtureId and 403 for a reader', async () => {
      const { assetId, fixtureId } = await oneDetectorFixture();
      const missing = await operator.post(`/v1/assets/${assetId}/attach-to-fixture`, {});
      expect(missing.body.errors).toEqual([{ path: 'fixtureId', message: expect.any(String) }]);
      expectProblem(
        await operator.post(`/v1/assets/${assetId}/attach-to-fixture`, { fixtureId: 'x' }),
        400,
        'ValidationFailed',
      );
      expectProblem(await reader.post(`/v1/assets/${assetId}/attach-to-fixture`, { fixtureId }), 403, 'Forbidden');
    });

    it('two concurrent attaches of one asset to two fixtures: exactly one succeeds', async () => {
      const { assemblyId, assetId, fixtureId } = await oneDetectorFixture();
      const second = ok(await registerFixture(assemblyId, [{ slotName: 'detector', assetId }]), 201).fixtureId;
      const answers = await Promise.all([attach(assetId, fixtureId), attach(assetId, second)]);
      expect(answers.map((a) => a.status).sort()).toEqual([204, 409]);
      const winner = answers[0].status === 204 ? fixtureId : second;
      const loser = winner === fixtureId ? second : fixtureId;
      expect((await reader.get(`/v1/assets/${assetId}`)).body.fixtureId).toBe(winner);
      expect((await reader.get(`/v1/fixtures/${winner}`)).body.attachedAssetIds).toEqual([assetId]);
      expect((await reader.get(`/v1/fixtures/${loser}`)).body.attachedAssetIds).toEqual([]);
    });
  });

  describe('POST /v1/assets/{id}/detach-from-fixture', () => {
    it('answers 204; both sides forget the attachment, the binding stays, and it can be attached again', async () => {
      const { assetId, fixtureId } = await oneDetectorFixture();
      ok(await attach(assetId, fixtureId), 204);
      const res = await detach(assetId, fixtureId);
      expect(res.status).toBe(204);
      expect(res.text).toBe('');
      expect((await reader.get(`/v1/assets/${assetId}`)).body.fixtureId).toBeNull();
      expect((await reader.get(`/v1/fixtures/${fixtureId}`)).body).toMatchObject({
        attachedAssetIds: [],
        slotAssetBindings: [{ slotName: 'detector', assetId }],
        version: 3,
      });
      ok(await attach(assetId, fixtureId), 204);
    });

    it('answers AssetNotFound 404, FixtureNotFound 404, AssetNotAttachedToFixture 409, AssetAttachedToDifferentFixture 409', async () => {
      const { assemblyId, assetId, fixtureId } = await oneDetectorFixture();
      const second = ok(await registerFixture(assemblyId, [{ slotName: 'detector', assetId }]), 201).fixtureId;
      expectProblem(await detach(UNKNOWN, fixtureId), 404, 'AssetNotFound');
      expectProblem(await detach(assetId, UNKNOWN), 404, 'FixtureNotFound');
      expectProblem(await detach(assetId, fixtureId), 409, 'AssetNotAttachedToFixture');
      ok(await attach(assetId, fixtureId), 204);
      const different = await detach(assetId, second);
      expectProblem(different, 409, 'AssetAttachedToDifferentFixture');
      expect(different.body.detail).toContain(fixtureId);
      expectProblem(await reader.post(`/v1/assets/${assetId}/detach-from-fixture`, { fixtureId }), 403, 'Forbidden');
    });
  });

  describe('under concurrency', () => {
    const ROUNDS = 10;

    it('an attach racing a decommission of the same asset: never both succeed', async () => {
      const outcomes: string[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const { assetId, mountId, fixtureId } = await oneDetectorFixture();
        await uninstall(mountId);
        const [attached, decommissioned] = await Promise.all([attach(assetId, fixtureId), decommission(assetId)]);
        expect([attached.status, decommissioned.status]).not.toEqual([204, 204]);
        const got = (await reader.get(`/v1/assets/${assetId}`)).body;
        if (attached.status === 204) {
          expectProblem(decommissioned, 409, 'AssetHasFixtureBinding');
          expect(got).toMatchObject({ fixtureId, lifecycle: 'Active' });
          outcomes.push('attached');
        } else {
          expectProblem(attached, 409, 'AssetCannotAttachToFixture');
          expect(decommissioned.status).toBe(204);
          expect(got).toMatchObject({ fixtureId: null, lifecycle: 'Decommissioned' });
          expect((await reader.get(`/v1/fixtures/${fixtureId}`)).body.attachedAssetIds).toEqual([]);
          outcomes.push('decommissioned');
        }
      }
      expect(outcomes).toHaveLength(ROUNDS);
    });

    it('a fixture registration racing a decommission of a bound asset: never both succeed', async () => {
      for (let round = 0; round < ROUNDS; round++) {
        const assemblyId = ok(
          await operator.post('/v1/assemblies', {
            name: 'r',
            slots: [{ name: 'detector', familyId: detectors, count: 1 }],
          }),
          201,
        ).assemblyId;
        const { assetId } = await installedAsset(detectors);
        const [registered, decommissioned] = await Promise.all([
          registerFixture(assemblyId, [{ slotName: 'detector', assetId }]),
          decommission(assetId),
        ]);
        expect([registered.status, decommissioned.status]).not.toEqual([201, 204]);
        if (registered.status !== 201) expect(['FixtureAssetNotAttachable']).toContain(registered.body.code);
        if (decommissioned.status !== 204) expect(['AssetIsInstalled']).toContain(decommissioned.body.code);
      }
    });

    it('a fixture registration racing an uninstall-then-decommission of a bound asset: it never records an asset that was already out of its mount', async () => {
      const outcomes = new Set<string>();
      for (let round = 0; round < ROUNDS; round++) {
        const assemblyId = ok(
          await operator.post('/v1/assemblies', {
            name: 'r',
            slots: [{ name: 'detector', familyId: detectors, count: 1 }],
          }),
          201,
        ).assemblyId;
        const { assetId, mountId } = await installedAsset(detectors);
        const removeAndDecommission = async () => {
          await uninstall(mountId);
          return decommission(assetId);
        };
        const [registered, decommissioned] = await Promise.all([
          registerFixture(assemblyId, [{ slotName: 'detector', assetId }]),
          removeAndDecommission(),
        ]);
        expect(decommissioned.status).toBe(204);
        if (registered.status === 201) {
          // Allowed only if the fixture was registered while the asset was still installed.
          const log = await eventsOf([assetId, registered.body.fixtureId]);
          const at = (type: string) => log.findIndex((e) => e.type === type);
          expect(at('FixtureRegistered')).toBeGreaterThanOrEqual(0);
          expect(at('FixtureRegistered')).toBeLessThan(at('AssetUninstalled'));
          outcomes.add('registered first');
        } else {
          expect(['FixtureAssetNotInstalled', 'FixtureAssetNotAttachable']).toContain(registered.body.code);
          outcomes.add(registered.body.code);
        }
      }
      expect(outcomes.size).toBeGreaterThanOrEqual(1);
    });
  });
});
