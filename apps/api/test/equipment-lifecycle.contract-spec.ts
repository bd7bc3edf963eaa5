import { Client } from 'pg';
import { HttpClient } from '@custody/platform/testing';
import { TestApi, startTestApi } from './support/test-api';

// Real HTTP on a fresh database, and concurrency rounds: give them room on a busy machine.

const UNKNOWN = '00000000-0000-0000-0000-0000000000a0';

describe('equipment: asset lifecycle over REST (Commissioned → Active ⇄ Maintenance → Decommissioned)', () => {
  let api: TestApi;
  let operator: HttpClient;
  let reader: HttpClient;
  let familyId: string;
  let frameId: string;
  let slot = 0;

  beforeAll(async () => {
    api = await startTestApi();
    operator = await api.as(['operator']);
    reader = await api.as(['reader']);
    familyId = (await operator.post('/v1/families', { name: 'Detectors' })).body.familyId;
    frameId = (await operator.post('/v1/frames', { name: 'Table' })).body.frameId;
  });
  afterAll(() => api.close());

  const registerAsset = async (): Promise<string> =>
    (await operator.post('/v1/assets', { name: 'Eiger', familyId })).body.assetId;
  const activeAsset = async (): Promise<string> => {
    const assetId = await registerAsset();
    expect((await operator.post(`/v1/assets/${assetId}/activate`)).status).toBe(204);
    return assetId;
  };
  const lifecycleOf = async (assetId: string) => (await reader.get(`/v1/assets/${assetId}`)).body.lifecycle;
  const installed = async (assetId: string): Promise<string> => {
    slot += 1;
    const { mountId } = (await operator.post(`/v1/frames/${frameId}/mounts`, { slotCode: `S${slot}` })).body;
    expect((await operator.put(`/v1/mounts/${mountId}/installed-asset`, { assetId })).status).toBe(204);
    return mountId;
  };
  /** An asset installed and attached to a fixture of a one-slot assembly. */
  const attached = async (): Promise<{ assetId: string; mountId: string; fixtureId: string }> => {
    const assetId = await activeAsset();
    const mountId = await installed(assetId);
    const assembly = await operator.post('/v1/assemblies', {
      name: 'End station',
      slots: [{ name: 'detector', familyId, count: 1 }],
    });
    expect(assembly.status).toBe(201);
    const fixture = await operator.post(`/v1/assemblies/${assembly.body.assemblyId}/fixtures`, {
      slotAssetBindings: [{ slotName: 'detector', assetId }],
    });
    expect(fixture.status).toBe(201);
    const { fixtureId } = fixture.body;
    expect((await operator.post(`/v1/assets/${assetId}/attach-to-fixture`, { fixtureId })).status).toBe(204);
    return { assetId, mountId, fixtureId };
  };

  describe('POST /v1/assets/{id}/begin-maintenance', () => {
    it('answers 204 and the Active asset is in Maintenance', async () => {
      const assetId = await activeAsset();
      const res = await operator.post(`/v1/assets/${assetId}/begin-maintenance`);
      expect(res.status).toBe(204);
      expect(res.text).toBe('');
      expect((await reader.get(`/v1/assets/${assetId}`)).body).toMatchObject({ lifecycle: 'Maintenance', version: 3 });
    });

    it('answers 409 AssetCannotBeginMaintenance for a Commissioned, a Maintenance and a Decommissioned asset', async () => {
      const commissioned = await registerAsset();
      const inMaintenance = await activeAsset();
      await operator.post(`/v1/assets/${inMaintenance}/begin-maintenance`);
      const decommissioned = await registerAsset();
      await operator.post(`/v1/assets/${decommissioned}/decommission`);
      for (const assetId of [commissioned, inMaintenance, decommissioned]) {
        const res = await operator.post(`/v1/assets/${assetId}/begin-maintenance`);
        expect(res.status).toBe(409);
        expect(res.body).toMatchObject({ status: 409, code: 'AssetCannotBeginMaintenance' });
        expect(res.headers.get('content-type')).toContain('application/problem+json');
      }
      expect(await lifecycleOf(commissioned)).toBe('Commissioned');
    });

    it('answers 404 AssetNotFound, 400 for a malformed id, 403 for a reader, 401 without a token', async () => {
      const missing = await operator.post(`/v1/assets/${UNKNOWN}/begin-maintenance`);
      expect(missing.status).toBe(404);
      expect(missing.body.code).toBe('AssetNotFound');
      expect((await operator.post('/v1/assets/x/begin-maintenance')).status).toBe(400);
      const assetId = await activeAsset();
      expect((await reader.post(`/v1/assets/${assetId}/begin-maintenance`)).status).toBe(403);
      expect((await api.anonymous.post(`/v1/assets/${assetId}/begin-maintenance`)).status).toBe(401);
      expect(await lifecycleOf(assetId)).toBe('Active');
    });

    it('an installed asset goes into maintenance where it stands', async () => {
      const assetId = await activeAsset();
      const mountId = await installed(assetId);
      expect((await operator.post(`/v1/assets/${assetId}/begin-maintenance`)).status).toBe(204);
      expect((await reader.get(`/v1/assets/${assetId}`)).body).toMatchObject({ lifecycle: 'Maintenance', mountId });
    });
  });

  describe('POST /v1/assets/{id}/end-maintenance', () => {
    it('answers 204 and the asset is Active again; the cycle can repeat', async () => {
      const assetId = await activeAsset();
      for (let round = 0; round < 2; round++) {
        expect((await operator.post(`/v1/assets/${assetId}/begin-maintenance`)).status).toBe(204);
        const res = await operator.post(`/v1/assets/${assetId}/end-maintenance`);
        expect(res.status).toBe(204);
        expect(await lifecycleOf(assetId)).toBe('Active');
      }
      expect((await reader.get(`/v1/assets/${assetId}`)).body.version).toBe(6);
    });

    it('answers 409 AssetCannotEndMaintenance for a Commissioned, an Active and a Decommissioned asset', async () => {
      const commissioned = await registerAsset();
      const active = await activeAsset();
      const decommissioned = await registerAsset();
      await operator.post(`/v1/assets/${decommissioned}/decommission`);
      for (const assetId of [commissioned, active, decommissioned]) {
        const res = await operator.post(`/v1/assets/${assetId}/end-maintenance`);
        expect(res.status).toBe(409);
        expect(res.body.code).toBe('AssetCannotEndMaintenance');
      }
    });

    it('answers 404 AssetNotFound and 403 for a reader', async () => {
      expect((await operator.post(`/v1/assets/${UNKNOWN}/end-maintenance`)).body.code).toBe('AssetNotFound');
      const assetId = await activeAsset();
      await operator.post(`/v1/assets/${assetId}/begin-maintenance`);
      expect((await reader.post(`/v1/assets/${assetId}/end-maintenance`)).status).toBe(403);
      expect(await lifecycleOf(assetId)).toBe('Maintenance');
    });
  });

  describe('POST /v1/assets/{id}/decommission', () => {
    it('answers 204 from Commissioned, Active and Maintenance; the asset is Decommissioned for good', async () => {
      const commissioned = await registerAsset();
      const active = await activeAsset();
      const inMaintenance = await activeAsset();
      await operator.post(`/v1/assets/${inMaintenance}/begin-maintenance`);
      for (const assetId of [commissioned, active, inMaintenance]) {
        const res = await operator.post(`/v1/assets/${assetId}/decommission`);
        expect(res.status).toBe(204);
        expect(res.text).toBe('');
        expect(await lifecycleOf(assetId)).toBe('Decommissioned');
      }
      expect((await operator.post(`/v1/assets/${commissioned}/activate`)).body.code).toBe('AssetCannotActivate');
      await api.drain();
      const listed = await reader.get(`/v1/assets?familyId=${familyId}&lifecycle=Decommissioned&limit=100`);
      expect(listed.body.items.map((a: { assetId: string }) => a.assetId)).toEqual(
        expect.arrayContaining([commissioned, active, inMaintenance]),
      );
    });

    it('answers 409 AssetCannotDecommission when already Decommissioned', async () => {
      const assetId = await registerAsset();
      await operator.post(`/v1/assets/${assetId}/decommission`);
      const again = await operator.post(`/v1/assets/${assetId}/decommission`);
      expect(again.status).toBe(409);
      expect(again.body).toMatchObject({ code: 'AssetCannotDecommission', detail: expect.stringContaining(assetId) });
    });

    it('answers 404 AssetNotFound before anything else, 403 for a reader', async () => {
      const missing = await operator.post(`/v1/assets/${UNKNOWN}/decommission`);
      expect(missing.status).toBe(404);
      expect(missing.body.code).toBe('AssetNotFound');
      const assetId = await registerAsset();
      expect((await reader.post(`/v1/assets/${assetId}/decommission`)).status).toBe(403);
      expect(await lifecycleOf(assetId)).toBe('Commissioned');
    });

    it('answers 409 AssetIsInstalled for an asset in a mount, 204 once it is uninstalled', async () => {
      const assetId = await activeAsset();
      const mountId = await installed(assetId);
      const refused = await operator.post(`/v1/assets/${assetId}/decommission`);
      expect(refused.status).toBe(409);
      expect(refused.body.code).toBe('AssetIsInstalled');
      expect(await lifecycleOf(assetId)).toBe('Active');
      expect((await operator.delete(`/v1/mounts/${mountId}/installed-asset`)).status).toBe(204);
      expect((await operator.post(`/v1/assets/${assetId}/decommission`)).status).toBe(204);
    });

    it('checks in order: fixture binding, then mount, then lifecycle', async () => {
      const { assetId, mountId, fixtureId } = await attached();
      const first = await operator.post(`/v1/assets/${assetId}/decommission`);
      expect(first.status).toBe(409);
      expect(first.body.code).toBe('AssetHasFixtureBinding');
      expect(first.body.detail).toContain(fixtureId);
      expect((await operator.post(`/v1/assets/${assetId}/detach-from-fixture`, { fixtureId })).status).toBe(204);
      expect((await operator.post(`/v1/assets/${assetId}/decommission`)).body.code).toBe('AssetIsInstalled');
      await operator.delete(`/v1/mounts/${mountId}/installed-asset`);
      expect((await operator.post(`/v1/assets/${assetId}/decommission`)).status).toBe(204);
      expect((await operator.post(`/v1/assets/${assetId}/decommission`)).body.code).toBe('AssetCannotDecommission');
    });

    it('records exactly one AssetDecommissioned of ten concurrent decommissions', async () => {
      const assetId = await activeAsset();
      const answers = await Promise.all(
        Array.from({ length: 10 }, () => operator.post(`/v1/assets/${assetId}/decommission`)),
      );
      expect(answers.map((a) => a.status).sort()).toEqual([204, 409, 409, 409, 409, 409, 409, 409, 409, 409]);
      for (const a of answers.filter((x) => x.status === 409)) expect(a.body.code).toBe('AssetCannotDecommission');
      const db = new Client({ connectionString: api.databaseUrl });
      await db.connect();
      try {
        const rows = await db.query(`SELECT type FROM events WHERE stream_id = $1 ORDER BY version`, [assetId]);
        expect(rows.rows.map((r) => r.type)).toEqual(['AssetRegistered', 'AssetActivated', 'AssetDecommissioned']);
      } finally {
        await db.end();
      }
    });
  });
});
