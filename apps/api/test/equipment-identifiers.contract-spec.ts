import { HttpClient, HttpResponse } from '@custody/platform/testing';
import { FakeDataCite, startFakeDataCite } from '../../../tools/fake-datacite/fake-datacite';
import { expectValidPidinst } from '../../../tools/pidinst/pidinst-schema';
import { TestApi, startTestApi } from './support/test-api';

const UNKNOWN = '00000000-0000-0000-0000-000000000000';
const REPOSITORY = 'DEMO.CUSTODY';
const PASSWORD = 'fake-datacite-password';
const PREFIX = '10.80000';
const ROR = 'https://ror.org/01js2sh04';

describe('equipment: persistent identifiers and PIDINST records over REST, minted by (fake) DataCite', () => {
  let fake: FakeDataCite;
  let api: TestApi;
  let operator: HttpClient;
  let reader: HttpClient;
  let detectors: string;
  let stages: string;
  let dectris: string;
  let huber: string;
  let frameId: string;
  let mounts = 0;

  beforeAll(async () => {
    fake = await startFakeDataCite({ repositoryId: REPOSITORY, password: PASSWORD, prefix: PREFIX });
    api = await startTestApi({
      CUSTODY_DATACITE_URL: fake.url,
      CUSTODY_DATACITE_REPOSITORY_ID: REPOSITORY,
      CUSTODY_DATACITE_PASSWORD: PASSWORD,
      CUSTODY_DATACITE_PREFIX: PREFIX,
      CUSTODY_DATACITE_TIMEOUT_MS: '1000',
    });
    operator = await api.as(['operator']);
    reader = await api.as(['reader']);
    detectors = ok(await operator.post('/v1/families', { name: 'Area detectors' }), 201).familyId;
    stages = ok(await operator.post('/v1/families', { name: 'Sample stages' }), 201).familyId;
    dectris = ok(
      await operator.post('/v1/models', {
        familyId: detectors,
        name: 'Pilatus3 X 6M',
        manufacturer: { name: 'Dectris', identifier: 'https://ror.org/03dectris', identifierType: 'ROR' },
      }),
      201,
    ).modelId;
    huber = ok(
      await operator.post('/v1/models', { familyId: stages, name: '5103.A20', manufacturer: { name: 'Huber' } }),
      201,
    ).modelId;
    frameId = ok(await operator.post('/v1/frames', { name: 'Beamline 7 table' }), 201).frameId;
  });
  afterAll(async () => {
    await api?.close();
    await fake?.close();
  });

  function ok(res: HttpResponse, status: number): any {
    if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${res.text}`);
    return res.body;
  }
  const expectProblem = (res: HttpResponse, status: number, code: string) => {
    expect({ status: res.status, code: res.body?.code }).toEqual({ status, code });
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  };
  const landingPage = (kind: 'asset' | 'fixture', id: string) => `${api.config.publicUrl}/v1/${kind}s/${id}/pidinst`;

  interface AssetOptions {
    familyId?: string;
    modelId?: string | null;
    owner?: Record<string, string> | null;
    serialNumber?: string;
  }
  /** A Commissioned asset; by default a Dectris detector owned by Beamline 7. */
  const asset = async (options: AssetOptions = {}): Promise<string> => {
    const familyId = options.familyId ?? detectors;
    const modelId = options.modelId === undefined ? (familyId === detectors ? dectris : huber) : options.modelId;
    const owner =
      options.owner === undefined
        ? { name: 'Beamline 7', contact: 'bl7@example.org', identifier: ROR, identifierType: 'ROR' }
        : options.owner;
    return ok(
      await operator.post('/v1/assets', {
        name: familyId === detectors ? 'Pilatus 6M' : 'Sample stage',
        familyId,
        ...(modelId ? { modelId } : {}),
        ...(owner ? { owner } : {}),
        ...(options.serialNumber ? { serialNumber: options.serialNumber } : {}),
      }),
      201,
    ).assetId;
  };
  /** An Active asset installed in a fresh mount of the frame. */
  const installedAsset = async (options: AssetOptions = {}): Promise<string> => {
    const assetId = await asset(options);
    ok(await operator.post(`/v1/assets/${assetId}/activate`), 204);
    mounts += 1;
    const { mountId } = ok(await operator.post(`/v1/frames/${frameId}/mounts`, { slotCode: `M${mounts}` }), 201);
    ok(await operator.put(`/v1/mounts/${mountId}/installed-asset`, { assetId }), 204);
    return assetId;
  };
  /** A fixture of a "MX end station" assembly binding a detector and a stage, both installed. */
  const fixture = async (detector: AssetOptions = {}, stage: AssetOptions = { familyId: stages }) => {
    const { assemblyId } = ok(
      await operator.post('/v1/assemblies', {
        name: 'MX end station',
        slots: [
          { name: 'detector', familyId: detectors, count: 1 },
          { name: 'stage', familyId: stages, count: 1 },
        ],
      }),
      201,
    );
    const detectorId = await installedAsset(detector);
    const stageId = await installedAsset({ familyId: stages, ...stage });
    const { fixtureId } = ok(
      await operator.post(`/v1/assemblies/${assemblyId}/fixtures`, {
        slotAssetBindings: [
          { slotName: 'detector', assetId: detectorId },
          { slotName: 'stage', assetId: stageId },
        ],
      }),
      201,
    );
    return { fixtureId: fixtureId as string, detectorId, stageId };
  };
  const assign = (kind: 'asset' | 'fixture', id: string, body: Record<string, unknown> = { scheme: 'DOI' }) =>
    operator.post(`/v1/${kind}s/${id}/persistent-identifier`, body);
  const heldFor = (kind: 'asset' | 'fixture', id: string) =>
    [...fake.dois.values()].filter((d) => d.attributes.url === landingPage(kind, id));

  describe('GET /v1/assets/{id}/pidinst (public)', () => {
    it('answers the record with the urn:uuid before an identifier is assigned, valid against the schema', async () => {
      const assetId = await asset({ serialNumber: '60-0123' });
      const res = await api.anonymous.get(`/v1/assets/${assetId}/pidinst`);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        identifier: { identifier: `urn:uuid:${assetId}`, identifierType: 'URN' },
        schemaVersion: '1.0',
        landingPage: landingPage('asset', assetId),
        name: 'Pilatus 6M',
        owners: [
          {
            ownerName: 'Beamline 7',
            ownerContact: 'bl7@example.org',
            ownerIdentifier: { ownerIdentifier: ROR, ownerIdentifierType: 'ROR' },
          },
        ],
        manufacturers: [
          {
            manufacturerName: 'Dectris',
            manufacturerIdentifier: {
              manufacturerIdentifier: 'https://ror.org/03dectris',
              manufacturerIdentifierType: 'ROR',
            },
          },
        ],
        model: { modelName: 'Pilatus3 X 6M' },
        instrumentTypes: [{ instrumentTypeName: 'Area detectors' }],
        dates: [{ date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), dateType: 'Commissioned' }],
        alternateIdentifiers: [{ alternateIdentifier: '60-0123', alternateIdentifierType: 'SerialNumber' }],
      });
      expectValidPidinst(res.body);
    });

    it('answers 404 AssetNotFound, 409 PidinstIncomplete without owner or without model, 400 for a bad id', async () => {
      expectProblem(await api.anonymous.get(`/v1/assets/${UNKNOWN}/pidinst`), 404, 'AssetNotFound');
      const noOwner = await asset({ owner: null });
      const incomplete = await api.anonymous.get(`/v1/assets/${noOwner}/pidinst`);
      expectProblem(incomplete, 409, 'PidinstIncomplete');
      expect(incomplete.body.detail).toContain('owner');
      const noModel = await asset({ modelId: null });
      expectProblem(await api.anonymous.get(`/v1/assets/${noModel}/pidinst`), 409, 'PidinstIncomplete');
      expectProblem(await api.anonymous.get('/v1/assets/not-a-uuid/pidinst'), 400, 'ValidationFailed');
    });

    it('needs an owner contact that is an e-mail address (PIDINST ownerContact is format: email)', async () => {
      const res = await operator.post('/v1/assets', {
        name: 'Pilatus 6M',
        familyId: detectors,
        owner: { name: 'Beamline 7', contact: 'room 12, building 3' },
      });
      expectProblem(res, 400, 'ValidationFailed');
      expect(res.body.errors).toEqual([{ path: 'owner.contact', message: expect.any(String) }]);
    });

    it('carries the DeCommissioned date once the asset is decommissioned', async () => {
      const assetId = await asset();
      ok(await operator.post(`/v1/assets/${assetId}/decommission`), 204);
      const { dates } = ok(await api.anonymous.get(`/v1/assets/${assetId}/pidinst`), 200);
      expect(dates.map((d: { dateType: string }) => d.dateType)).toEqual(['Commissioned', 'DeCommissioned']);
    });
  });

  describe('POST /v1/assets/{id}/persistent-identifier', () => {
    it('mints a findable DOI at DataCite, records it, and the PIDINST record names it', async () => {
      const assetId = await asset();
      const res = await assign('asset', assetId, { scheme: 'DOI', suffix: `pilatus-${assetId.slice(-6)}` });
      expect(res.status).toBe(201);
      expect(res.body).toEqual({ scheme: 'DOI', value: `${PREFIX}/pilatus-${assetId.slice(-6)}` });
      const held = fake.dois.get(res.body.value);
      expect(held?.state).toBe('findable');
      expect(held?.attributes).toMatchObject({
        url: landingPage('asset', assetId),
        titles: [{ title: 'Pilatus 6M' }],
        creators: [expect.objectContaining({ name: 'Dectris' })],
        publisher: 'Beamline 7',
        types: { resourceTypeGeneral: 'Instrument', resourceType: 'Area detectors' },
        contributors: [expect.objectContaining({ name: 'Beamline 7', contributorType: 'HostingInstitution' })],
      });
      const record = ok(await api.anonymous.get(`/v1/assets/${assetId}/pidinst`), 200);
      expect(record.identifier).toEqual({ identifier: res.body.value, identifierType: 'DOI' });
      expectValidPidinst(record);
      const got = ok(await reader.get(`/v1/assets/${assetId}`), 200);
      expect(got.persistentId).toEqual(res.body);
      expect(got).not.toHaveProperty('pendingPersistentId');
    });

    it('generates the suffix when none is given', async () => {
      const res = await assign('asset', await asset());
      expect(res.status).toBe(201);
      expect(res.body.value).toMatch(new RegExp(`^${PREFIX.replace('.', '\\.')}/[0-9a-f-]{36}$`));
    });

    it('mints a Handle through the stub: DataCite mints DOIs only', async () => {
      const before = fake.requests.length;
      const res = await assign('asset', await asset(), { scheme: 'Handle', suffix: 'pilatus-h' });
      expect(res.status).toBe(201);
      expect(res.body).toEqual({ scheme: 'Handle', value: '20.500.12345/pilatus-h' });
      expect(fake.requests.length).toBe(before);
    });

    it('refuses a second identifier with 409 AssetPersistentIdAlreadyAssigned and mints nothing', async () => {
      const assetId = await asset();
      ok(await assign('asset', assetId), 201);
      const before = fake.requests.length;
      expectProblem(await assign('asset', assetId, { scheme: 'Handle' }), 409, 'AssetPersistentIdAlreadyAssigned');
      expect(fake.requests.length).toBe(before);
    });

    it('refuses a decommissioned asset with 409 and never calls the minter', async () => {
      const assetId = await asset();
      ok(await operator.post(`/v1/assets/${assetId}/decommission`), 204);
      const before = fake.requests.length;
      const res = await assign('asset', assetId);
      expectProblem(res, 409, 'AssetPersistentIdAssignmentForbidden');
      expect(fake.requests.length).toBe(before);
      expect(heldFor('asset', assetId)).toEqual([]);
      expect(ok(await reader.get(`/v1/assets/${assetId}`), 200)).not.toHaveProperty('pendingPersistentId');
    });

    it('answers 404 AssetNotFound, 400 for bad input, 401 without a token and 403 for a reader', async () => {
      const before = fake.requests.length;
      expectProblem(await assign('asset', UNKNOWN), 404, 'AssetNotFound');
      const assetId = await asset();
      expectProblem(await assign('asset', assetId, { scheme: 'ARK' }), 400, 'ValidationFailed');
      expectProblem(await assign('asset', assetId, { scheme: 'DOI', extra: 1 }), 400, 'ValidationFailed');
      expectProblem(await assign('asset', assetId, { scheme: 'DOI', suffix: '/x y' }), 400, 'ValidationFailed');
      expectProblem(
        await api.anonymous.post(`/v1/assets/${assetId}/persistent-identifier`, { scheme: 'DOI' }),
        401,
        'Unauthenticated',
      );
      expectProblem(
        await reader.post(`/v1/assets/${assetId}/persistent-identifier`, { scheme: 'DOI' }),
        403,
        'Forbidden',
      );
      expect(fake.requests.length).toBe(before);
    });

    it('answers the first response again for the same Idempotency-Key', async () => {
      const assetId = await asset();
      const headers = { 'idempotency-key': `assign-${assetId}` };
      const first = await operator.post(`/v1/assets/${assetId}/persistent-identifier`, { scheme: 'DOI' }, { headers });
      const second = await operator.post(`/v1/assets/${assetId}/persistent-identifier`, { scheme: 'DOI' }, { headers });
      expect(first.status).toBe(201);
      expect(second.status).toBe(201);
      expect(second.body).toEqual(first.body);
      expect(heldFor('asset', assetId)).toHaveLength(1);
    });
  });

  describe('GET /v1/fixtures/{id}/pidinst (public)', () => {
    it('names the fixture after its assembly and unites its bound assets’ owners and manufacturers', async () => {
      const { fixtureId } = await fixture(
        {},
        { familyId: stages, owner: { name: 'Sample environment group', contact: 'se@example.org' } },
      );
      const res = await api.anonymous.get(`/v1/fixtures/${fixtureId}/pidinst`);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        identifier: { identifier: `urn:uuid:${fixtureId}`, identifierType: 'URN' },
        schemaVersion: '1.0',
        landingPage: landingPage('fixture', fixtureId),
        name: 'MX end station',
        owners: [
          {
            ownerName: 'Beamline 7',
            ownerContact: 'bl7@example.org',
            ownerIdentifier: { ownerIdentifier: ROR, ownerIdentifierType: 'ROR' },
          },
          { ownerName: 'Sample environment group', ownerContact: 'se@example.org' },
        ],
        manufacturers: [
          {
            manufacturerName: 'Dectris',
            manufacturerIdentifier: {
              manufacturerIdentifier: 'https://ror.org/03dectris',
              manufacturerIdentifierType: 'ROR',
            },
          },
          { manufacturerName: 'Huber' },
        ],
        dates: [{ date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), dateType: 'Commissioned' }],
      });
      expectValidPidinst(res.body);
    });

    it('de-duplicates a shared owner and lists each bound asset with an identifier as a HasComponent', async () => {
      const { fixtureId, detectorId } = await fixture();
      const { value } = ok(await assign('asset', detectorId), 201);
      const record = ok(await api.anonymous.get(`/v1/fixtures/${fixtureId}/pidinst`), 200);
      expect(record.owners).toHaveLength(1);
      expect(record.relatedIdentifiers).toEqual([
        {
          relatedIdentifier: value,
          relatedIdentifierType: 'DOI',
          relationType: 'HasComponent',
          relatedIdentifierName: 'Pilatus 6M',
        },
      ]);
      expectValidPidinst(record);
    });

    it('answers 409 PidinstIncomplete for a fixture without owner or without manufacturer, 404 for an unknown one', async () => {
      const noOwner = await fixture({ owner: null }, { familyId: stages, owner: null });
      expectProblem(await api.anonymous.get(`/v1/fixtures/${noOwner.fixtureId}/pidinst`), 409, 'PidinstIncomplete');
      const noManufacturer = await fixture({ modelId: null }, { familyId: stages, modelId: null });
      const res = await api.anonymous.get(`/v1/fixtures/${noManufacturer.fixtureId}/pidinst`);
      expectProblem(res, 409, 'PidinstIncomplete');
      expect(res.body.detail).toContain('manufacturer');
      expectProblem(await api.anonymous.get(`/v1/fixtures/${UNKNOWN}/pidinst`), 404, 'FixtureNotFound');
    });
  });

  describe('POST /v1/fixtures/{id}/persistent-identifier', () => {
    it('mints the DOI and the PIDINST record then names it', async () => {
      const { fixtureId } = await fixture();
      const res = await assign('fixture', fixtureId, { scheme: 'DOI', suffix: `mx-${fixtureId.slice(-8)}` });
      expect(res.status).toBe(201);
      expect(res.body).toEqual({ scheme: 'DOI', value: `${PREFIX}/mx-${fixtureId.slice(-8)}` });
      expect(fake.dois.get(res.body.value)).toMatchObject({
        state: 'findable',
        attributes: { url: landingPage('fixture', fixtureId), titles: [{ title: 'MX end station' }] },
      });
      const record = ok(await api.anonymous.get(`/v1/fixtures/${fixtureId}/pidinst`), 200);
      expect(record.identifier).toEqual({ identifier: res.body.value, identifierType: 'DOI' });
      expectValidPidinst(record);
      expect(ok(await reader.get(`/v1/fixtures/${fixtureId}`), 200).persistentId).toEqual(res.body);
    });

    it('of two concurrent assignments, exactly one is 201 and the other 409; DataCite holds one DOI', async () => {
      const { fixtureId } = await fixture();
      const answers = await Promise.all([assign('fixture', fixtureId), assign('fixture', fixtureId)]);
      expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
      expect(answers.find((a) => a.status === 409)?.body.code).toBe('FixturePersistentIdAlreadyAssigned');
      const held = heldFor('fixture', fixtureId);
      expect(held).toHaveLength(1);
      expect(held[0].doi).toBe(answers.find((a) => a.status === 201)?.body.value);
    });

    it('answers 502 when DataCite fails; the fixture has no identifier; the same request again mints the same DOI once', async () => {
      const { fixtureId } = await fixture();
      const body = { scheme: 'DOI', suffix: `retry-${fixtureId.slice(-8)}` };
      fake.failNext(500);
      const failed = await assign('fixture', fixtureId, body);
      expectProblem(failed, 502, 'PersistentIdentifierMintFailed');
      expect(failed.body.detail).toContain('DataCite answered 500');
      expect(failed.body.detail).toContain(`${PREFIX}/retry-${fixtureId.slice(-8)}`);
      const pending = ok(await reader.get(`/v1/fixtures/${fixtureId}`), 200);
      expect(pending.persistentId).toBeNull();
      expect(pending.pendingPersistentId).toMatchObject({ value: `${PREFIX}/retry-${fixtureId.slice(-8)}` });
      expect(heldFor('fixture', fixtureId)).toEqual([]);
      expect(ok(await api.anonymous.get(`/v1/fixtures/${fixtureId}/pidinst`), 200).identifier.identifierType).toBe(
        'URN',
      );

      expectProblem(
        await assign('fixture', fixtureId, { scheme: 'DOI', suffix: 'another' }),
        409,
        'PersistentIdentifierRequestPending',
      );
      const retried = await assign('fixture', fixtureId, body);
      expect(retried.status).toBe(201);
      expect(retried.body).toEqual({ scheme: 'DOI', value: `${PREFIX}/retry-${fixtureId.slice(-8)}` });
      expect(heldFor('fixture', fixtureId).map((d) => d.doi)).toEqual([retried.body.value]);
      expect(ok(await reader.get(`/v1/fixtures/${fixtureId}`), 200).persistentId).toEqual(retried.body);
    });

    it('retries the same generated identifier when the retry names no suffix', async () => {
      const { fixtureId } = await fixture();
      fake.failNext(503);
      const failed = await assign('fixture', fixtureId);
      expectProblem(failed, 502, 'PersistentIdentifierMintFailed');
      const { value } = ok(await reader.get(`/v1/fixtures/${fixtureId}`), 200).pendingPersistentId;
      const retried = ok(await assign('fixture', fixtureId), 201);
      expect(retried.value).toBe(value);
    });

    it('answers 502 with DataCite’s 422 message when DataCite refuses the metadata', async () => {
      // Bound assets without models: the record has no manufacturer, which DataCite requires as creator.
      const { fixtureId } = await fixture({ modelId: null }, { familyId: stages, modelId: null });
      const res = await assign('fixture', fixtureId);
      expectProblem(res, 502, 'PersistentIdentifierMintFailed');
      expect(res.body.detail).toContain('DataCite answered 422');
      expect(res.body.detail).toContain("creators: Can't be blank");
      expect(heldFor('fixture', fixtureId)).toEqual([]);
    });

    it('answers 502 with DataCite’s message when the DOI is taken by something else', async () => {
      const { fixtureId } = await fixture();
      const suffix = `taken-${fixtureId.slice(-8)}`;
      const taken = await fetch(`${fake.url}/dois`, {
        method: 'POST',
        headers: {
          authorization: `Basic ${Buffer.from(`${REPOSITORY}:${PASSWORD}`).toString('base64')}`,
          'content-type': 'application/vnd.api+json',
        },
        body: JSON.stringify({
          data: { type: 'dois', attributes: { doi: `${PREFIX}/${suffix}`, url: 'https://elsewhere.example.org/' } },
        }),
      });
      expect(taken.status).toBe(201);
      const res = await assign('fixture', fixtureId, { scheme: 'DOI', suffix });
      expectProblem(res, 502, 'PersistentIdentifierMintFailed');
      expect(res.body.detail).toContain('This DOI has already been taken');
    });

    it('answers 502 when DataCite does not answer in time, and the retry succeeds', async () => {
      const { fixtureId } = await fixture();
      fake.hangNext({ afterStoring: true });
      const res = await assign('fixture', fixtureId);
      expectProblem(res, 502, 'PersistentIdentifierMintFailed');
      expect(res.body.detail).toContain('did not answer within 1000 ms');
      // DataCite stored the DOI but its answer was lost: the retry finds it held for this very request.
      const retried = ok(await assign('fixture', fixtureId), 201);
      expect(heldFor('fixture', fixtureId).map((d) => d.doi)).toEqual([retried.value]);
    });

    it('answers 404 FixtureNotFound and 409 FixturePersistentIdAlreadyAssigned without calling the minter', async () => {
      const before = fake.requests.length;
      expectProblem(await assign('fixture', UNKNOWN), 404, 'FixtureNotFound');
      expect(fake.requests.length).toBe(before);
      const { fixtureId } = await fixture();
      ok(await assign('fixture', fixtureId, { scheme: 'Handle' }), 201);
      expectProblem(await assign('fixture', fixtureId), 409, 'FixturePersistentIdAlreadyAssigned');
      expect(fake.requests.length).toBe(before);
    });
  });
});
