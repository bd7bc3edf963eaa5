import { Client } from 'pg';
import { HttpClient } from '@custody/platform/testing';
import { TestApi, startTestApi } from './support/test-api';

// Real HTTP on a fresh database, and concurrency rounds: give them room on a busy machine.

const UNKNOWN = '00000000-0000-0000-0000-0000000000b0';
const after = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('equipment: frames, mounts, install and uninstall over REST', () => {
  let api: TestApi;
  let operator: HttpClient;
  let reader: HttpClient;
  let db: Client;
  let familyId: string;
  let frameId: string;
  let slot = 0;

  beforeAll(async () => {
    api = await startTestApi();
    operator = await api.as(['operator']);
    reader = await api.as(['reader']);
    db = new Client({ connectionString: api.databaseUrl });
    await db.connect();
    familyId = (await operator.post('/v1/families', { name: 'Detectors' })).body.familyId;
    frameId = (await operator.post('/v1/frames', { name: 'Shared table' })).body.frameId;
  });
  afterAll(async () => {
    await db.end();
    await api.close();
  });

  const eventTypes = async (streamId: string): Promise<string[]> =>
    (await db.query(`SELECT type FROM events WHERE stream_id = $1 ORDER BY version`, [streamId])).rows.map(
      (r) => r.type,
    );
  const registerAsset = async (): Promise<string> =>
    (await operator.post('/v1/assets', { name: 'Eiger', familyId })).body.assetId;
  const activeAsset = async (): Promise<string> => {
    const assetId = await registerAsset();
    expect((await operator.post(`/v1/assets/${assetId}/activate`)).status).toBe(204);
    return assetId;
  };
  const emptyMount = async (): Promise<string> => {
    slot += 1;
    const res = await operator.post(`/v1/frames/${frameId}/mounts`, { slotCode: `P${slot}` });
    expect(res.status).toBe(201);
    return res.body.mountId;
  };
  const install = (mountId: string, assetId: string) =>
    operator.put(`/v1/mounts/${mountId}/installed-asset`, { assetId });
  const uninstall = (mountId: string) => operator.delete(`/v1/mounts/${mountId}/installed-asset`);

  describe('POST /v1/frames and GET /v1/frames/{id}', () => {
    it('answers 201 { frameId }; the frame starts with no mounts', async () => {
      const res = await operator.post('/v1/frames', { name: 'Detector table' });
      expect(res.status).toBe(201);
      expect(res.body).toEqual({ frameId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
      const got = await reader.get(`/v1/frames/${res.body.frameId}`);
      expect(got.status).toBe(200);
      expect(got.body).toEqual({ frameId: res.body.frameId, name: 'Detector table', mounts: [], version: 1 });
    });

    it('answers 400 for a missing name or an unknown field, 403 for a reader', async () => {
      expect((await operator.post('/v1/frames', {})).body.errors).toEqual([
        { path: 'name', message: expect.any(String) },
      ]);
      expect((await operator.post('/v1/frames', { name: 'x', size: 3 })).body.code).toBe('ValidationFailed');
      expect((await reader.post('/v1/frames', { name: 'x' })).status).toBe(403);
    });

    it('answers 404 FrameNotFound for an unknown id or another aggregate’s id, 400 for a malformed one', async () => {
      const missing = await reader.get(`/v1/frames/${UNKNOWN}`);
      expect(missing.status).toBe(404);
      expect(missing.body.code).toBe('FrameNotFound');
      expect((await reader.get(`/v1/frames/${familyId}`)).body.code).toBe('FrameNotFound');
      expect((await reader.get('/v1/frames/zz')).status).toBe(400);
    });
  });

  describe('POST /v1/frames/{id}/mounts', () => {
    it('answers 201 { mountId }; the frame lists its mounts in order with what they hold', async () => {
      const own = (await operator.post('/v1/frames', { name: 'Rack' })).body.frameId;
      const a1 = await operator.post(`/v1/frames/${own}/mounts`, { slotCode: 'A1' });
      expect(a1.status).toBe(201);
      expect(a1.body).toEqual({ mountId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
      const rail = await operator.post(`/v1/frames/${own}/mounts`, { slotCode: 'rail-2/pos.3' });
      expect(rail.status).toBe(201);
      const assetId = await activeAsset();
      expect((await install(rail.body.mountId, assetId)).status).toBe(204);
      const got = await reader.get(`/v1/frames/${own}`);
      expect(got.body).toEqual({
        frameId: own,
        name: 'Rack',
        mounts: [
          { mountId: a1.body.mountId, slotCode: 'A1', assetId: null },
          { mountId: rail.body.mountId, slotCode: 'rail-2/pos.3', assetId },
        ],
        version: 3,
      });
      expect(await eventTypes(own)).toEqual(['FrameRegistered', 'FrameMountAdded', 'FrameMountAdded']);
      expect(await eventTypes(a1.body.mountId)).toEqual(['MountCreated']);
    });

    it('answers 409 MountSlotTaken for a slot the frame has, regardless of case; other frames are separate', async () => {
      const own = (await operator.post('/v1/frames', { name: 'Bench' })).body.frameId;
      await operator.post(`/v1/frames/${own}/mounts`, { slotCode: 'B7' });
      for (const slotCode of ['B7', 'b7', ' B7 ']) {
        const res = await operator.post(`/v1/frames/${own}/mounts`, { slotCode });
        expect(res.status).toBe(409);
        expect(res.body).toMatchObject({ status: 409, code: 'MountSlotTaken' });
      }
      const other = (await operator.post('/v1/frames', { name: 'Other bench' })).body.frameId;
      expect((await operator.post(`/v1/frames/${other}/mounts`, { slotCode: 'B7' })).status).toBe(201);
      expect((await reader.get(`/v1/frames/${own}`)).body.mounts).toHaveLength(1);
    });

    it('five concurrent adds of one slot: one 201, four 409 MountSlotTaken', async () => {
      const own = (await operator.post('/v1/frames', { name: 'Race' })).body.frameId;
      const answers = await Promise.all(
        Array.from({ length: 5 }, () => operator.post(`/v1/frames/${own}/mounts`, { slotCode: 'R1' })),
      );
      expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409, 409, 409]);
      for (const a of answers.filter((x) => x.status === 409)) expect(a.body.code).toBe('MountSlotTaken');
      expect((await reader.get(`/v1/frames/${own}`)).body.mounts).toHaveLength(1);
    });

    it('answers 404 FrameNotFound for an unknown frame', async () => {
      const res = await operator.post(`/v1/frames/${UNKNOWN}/mounts`, { slotCode: 'A1' });
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('FrameNotFound');
    });

    it('answers 400 ValidationFailed for a missing, empty, too long or oddly spelled slot code', async () => {
      for (const body of [
        {},
        { slotCode: '' },
        { slotCode: 'x'.repeat(65) },
        { slotCode: 'a b' },
        { slotCode: '-a' },
      ]) {
        const res = await operator.post(`/v1/frames/${frameId}/mounts`, body);
        expect(res.status).toBe(400);
        expect(res.body.errors).toEqual([{ path: 'slotCode', message: expect.any(String) }]);
      }
      expect((await operator.post(`/v1/frames/${frameId}/mounts`, { slotCode: 'A', frameId })).status).toBe(400);
      expect((await reader.post(`/v1/frames/${frameId}/mounts`, { slotCode: 'Z9' })).status).toBe(403);
    });
  });

  describe('GET /v1/mounts/{id}', () => {
    it('answers { mountId, frameId, slotCode, assetId, version }', async () => {
      const mountId = await emptyMount();
      const got = await reader.get(`/v1/mounts/${mountId}`);
      expect(got.status).toBe(200);
      expect(got.body).toEqual({ mountId, frameId, slotCode: `P${slot}`, assetId: null, version: 1 });
    });

    it('answers 404 MountNotFound for an unknown id or a frame id, 400 for a malformed one', async () => {
      const missing = await reader.get(`/v1/mounts/${UNKNOWN}`);
      expect(missing.status).toBe(404);
      expect(missing.body.code).toBe('MountNotFound');
      expect((await reader.get(`/v1/mounts/${frameId}`)).body.code).toBe('MountNotFound');
      expect((await reader.get('/v1/mounts/1')).status).toBe(400);
      expect((await api.anonymous.get(`/v1/mounts/${UNKNOWN}`)).status).toBe(401);
    });
  });

  describe('PUT /v1/mounts/{id}/installed-asset', () => {
    it('answers 204; mount and asset both record the install', async () => {
      const mountId = await emptyMount();
      const assetId = await activeAsset();
      const res = await install(mountId, assetId);
      expect(res.status).toBe(204);
      expect(res.text).toBe('');
      expect((await reader.get(`/v1/mounts/${mountId}`)).body).toMatchObject({ assetId, version: 2 });
      expect((await reader.get(`/v1/assets/${assetId}`)).body).toMatchObject({ mountId, version: 3 });
      expect(await eventTypes(mountId)).toEqual(['MountCreated', 'MountAssetInstalled']);
      expect(await eventTypes(assetId)).toEqual(['AssetRegistered', 'AssetActivated', 'AssetInstalled']);
    });

    it('the same asset again answers 204 and records nothing, also while it is in maintenance', async () => {
      const mountId = await emptyMount();
      const assetId = await activeAsset();
      await install(mountId, assetId);
      expect((await install(mountId, assetId)).status).toBe(204);
      await operator.post(`/v1/assets/${assetId}/begin-maintenance`);
      expect((await install(mountId, assetId)).status).toBe(204);
      expect(await eventTypes(mountId)).toEqual(['MountCreated', 'MountAssetInstalled']);
      expect(await eventTypes(assetId)).toEqual([
        'AssetRegistered',
        'AssetActivated',
        'AssetInstalled',
        'AssetMaintenanceBegun',
      ]);
    });

    it('takes ids in any case: an uppercase assetId names the same asset', async () => {
      const mountId = await emptyMount();
      const assetId = await activeAsset();
      expect((await install(mountId.toUpperCase(), assetId.toUpperCase())).status).toBe(204);
      expect((await reader.get(`/v1/mounts/${mountId}`)).body.assetId).toBe(assetId);
      expect((await install(mountId, assetId)).status).toBe(204);
      expect(await eventTypes(mountId)).toEqual(['MountCreated', 'MountAssetInstalled']);
    });

    it('answers 404 MountNotFound first, even for an unknown asset', async () => {
      const res = await install(UNKNOWN, UNKNOWN);
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('MountNotFound');
    });

    it('answers 404 AssetNotFound for an unknown asset in a known mount', async () => {
      const res = await install(await emptyMount(), UNKNOWN);
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('AssetNotFound');
    });

    it('answers 409 AssetNotInstallable for a Commissioned, a Maintenance and a Decommissioned asset', async () => {
      const mountId = await emptyMount();
      const commissioned = await registerAsset();
      const inMaintenance = await activeAsset();
      await operator.post(`/v1/assets/${inMaintenance}/begin-maintenance`);
      const decommissioned = await registerAsset();
      await operator.post(`/v1/assets/${decommissioned}/decommission`);
      for (const assetId of [commissioned, inMaintenance, decommissioned]) {
        const res = await install(mountId, assetId);
        expect(res.status).toBe(409);
        expect(res.body.code).toBe('AssetNotInstallable');
      }
      expect((await reader.get(`/v1/mounts/${mountId}`)).body.assetId).toBeNull();
    });

    it('answers 409 AssetAlreadyInstalledElsewhere before MountAlreadyOccupied', async () => {
      const [m1, m2] = [await emptyMount(), await emptyMount()];
      const [a1, a2] = [await activeAsset(), await activeAsset()];
      await install(m1, a1);
      await install(m2, a2);
      const both = await install(m2, a1);
      expect(both.status).toBe(409);
      expect(both.body.code).toBe('AssetAlreadyInstalledElsewhere');
      expect(both.body.detail).toContain(m1);
      const free = await emptyMount();
      expect((await install(free, a1)).body.code).toBe('AssetAlreadyInstalledElsewhere');
    });

    it('answers 409 MountAlreadyOccupied when the mount holds another asset', async () => {
      const mountId = await emptyMount();
      const [held, other] = [await activeAsset(), await activeAsset()];
      await install(mountId, held);
      const res = await install(mountId, other);
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('MountAlreadyOccupied');
      expect((await reader.get(`/v1/assets/${other}`)).body.mountId).toBeNull();
    });

    it('answers 400 for a missing or malformed assetId or an unknown field, 403 for a reader', async () => {
      const mountId = await emptyMount();
      expect((await operator.put(`/v1/mounts/${mountId}/installed-asset`, {})).body.errors).toEqual([
        { path: 'assetId', message: expect.any(String) },
      ]);
      expect((await install(mountId, 'asset-1')).body.errors).toEqual([
        { path: 'assetId', message: expect.any(String) },
      ]);
      const assetId = await activeAsset();
      expect((await operator.put(`/v1/mounts/${mountId}/installed-asset`, { assetId, mountId })).status).toBe(400);
      expect((await reader.put(`/v1/mounts/${mountId}/installed-asset`, { assetId })).status).toBe(403);
    });

    it('ten concurrent installs of ten Active assets into one empty mount: one 204, nine MountAlreadyOccupied', async () => {
      const mountId = await emptyMount();
      const assets: string[] = [];
      for (let i = 0; i < 10; i++) assets.push(await activeAsset());
      const answers = await Promise.all(assets.map((assetId) => install(mountId, assetId)));
      expect(answers.map((a) => a.status).sort()).toEqual([204, 409, 409, 409, 409, 409, 409, 409, 409, 409]);
      for (const a of answers.filter((x) => x.status === 409)) expect(a.body.code).toBe('MountAlreadyOccupied');
      const winner = assets[answers.findIndex((a) => a.status === 204)];
      expect(await eventTypes(mountId)).toEqual(['MountCreated', 'MountAssetInstalled']);
      expect((await reader.get(`/v1/mounts/${mountId}`)).body.assetId).toBe(winner);
      const installedSomewhere = await db.query(
        `SELECT stream_id FROM events WHERE type = 'AssetInstalled' AND stream_id = ANY($1::text[])`,
        [assets],
      );
      expect(installedSomewhere.rows.map((r) => r.stream_id)).toEqual([winner]);
    });

    it('an install racing a decommission of the same asset: never both, and the asset ends consistent', async () => {
      const outcomes = { installed: 0, decommissioned: 0 };
      for (let round = 0; round < 12; round++) {
        const mountId = await emptyMount();
        const assetId = await activeAsset();
        // Alternate which request leads, and by how much (0-2 ms), so that both orders get exercised.
        const installLag = round % 2 === 0 ? round % 3 : 0;
        const decommissionLag = round % 2 === 1 ? round % 3 : 0;
        const [installed, decommissioned] = await Promise.all([
          after(installLag).then(() => install(mountId, assetId)),
          after(decommissionLag).then(() => operator.post(`/v1/assets/${assetId}/decommission`)),
        ]);
        const statuses = [installed.status, decommissioned.status];
        expect(statuses).not.toEqual([204, 204]);
        expect(statuses.filter((s) => s === 204)).toHaveLength(1);
        const asset = (await reader.get(`/v1/assets/${assetId}`)).body;
        const mount = (await reader.get(`/v1/mounts/${mountId}`)).body;
        if (installed.status === 204) {
          outcomes.installed += 1;
          expect(decommissioned.body.code).toBe('AssetIsInstalled');
          expect(asset).toMatchObject({ lifecycle: 'Active', mountId });
          expect(mount.assetId).toBe(assetId);
        } else {
          outcomes.decommissioned += 1;
          expect(installed.body.code).toBe('AssetNotInstallable');
          expect(asset).toMatchObject({ lifecycle: 'Decommissioned', mountId: null });
          expect(mount.assetId).toBeNull();
        }
      }
      expect(outcomes.installed + outcomes.decommissioned).toBe(12);
    });
  });

  describe('DELETE /v1/mounts/{id}/installed-asset', () => {
    it('answers 204; mount and asset both record the uninstall; the asset can be installed again', async () => {
      const mountId = await emptyMount();
      const assetId = await activeAsset();
      await install(mountId, assetId);
      const res = await uninstall(mountId);
      expect(res.status).toBe(204);
      expect(res.text).toBe('');
      expect((await reader.get(`/v1/mounts/${mountId}`)).body).toMatchObject({ assetId: null, version: 3 });
      expect((await reader.get(`/v1/assets/${assetId}`)).body.mountId).toBeNull();
      expect(await eventTypes(mountId)).toEqual(['MountCreated', 'MountAssetInstalled', 'MountAssetUninstalled']);
      expect((await eventTypes(assetId)).slice(-1)).toEqual(['AssetUninstalled']);
      const elsewhere = await emptyMount();
      expect((await install(elsewhere, assetId)).status).toBe(204);
    });

    it('uninstalls an asset that is in maintenance', async () => {
      const mountId = await emptyMount();
      const assetId = await activeAsset();
      await install(mountId, assetId);
      await operator.post(`/v1/assets/${assetId}/begin-maintenance`);
      expect((await uninstall(mountId)).status).toBe(204);
    });

    it('answers 404 MountNotFound and 409 MountIsEmpty', async () => {
      const missing = await uninstall(UNKNOWN);
      expect(missing.status).toBe(404);
      expect(missing.body.code).toBe('MountNotFound');
      const mountId = await emptyMount();
      const empty = await uninstall(mountId);
      expect(empty.status).toBe(409);
      expect(empty.body.code).toBe('MountIsEmpty');
      const assetId = await activeAsset();
      await install(mountId, assetId);
      await uninstall(mountId);
      expect((await uninstall(mountId)).body.code).toBe('MountIsEmpty');
    });

    it('answers 409 MountHasFixtureBoundAsset while the asset is attached to a fixture', async () => {
      const mountId = await emptyMount();
      const assetId = await activeAsset();
      await install(mountId, assetId);
      const assembly = await operator.post('/v1/assemblies', {
        name: 'Station',
        slots: [{ name: 'detector', familyId, count: 1 }],
      });
      const fixture = await operator.post(`/v1/assemblies/${assembly.body.assemblyId}/fixtures`, {
        slotAssetBindings: [{ slotName: 'detector', assetId }],
      });
      expect(fixture.status).toBe(201);
      const { fixtureId } = fixture.body;
      expect((await operator.post(`/v1/assets/${assetId}/attach-to-fixture`, { fixtureId })).status).toBe(204);
      const refused = await uninstall(mountId);
      expect(refused.status).toBe(409);
      expect(refused.body.code).toBe('MountHasFixtureBoundAsset');
      expect((await reader.get(`/v1/mounts/${mountId}`)).body.assetId).toBe(assetId);
      await operator.post(`/v1/assets/${assetId}/detach-from-fixture`, { fixtureId });
      expect((await uninstall(mountId)).status).toBe(204);
    });

    it('answers 403 for a reader and 400 for a malformed id', async () => {
      const mountId = await emptyMount();
      await install(mountId, await activeAsset());
      expect((await reader.delete(`/v1/mounts/${mountId}/installed-asset`)).status).toBe(403);
      expect((await operator.delete('/v1/mounts/nope/installed-asset')).status).toBe(400);
    });

    it('an uninstall racing installs into the freed mount: the mount never holds two assets', async () => {
      for (let round = 0; round < 5; round++) {
        const mountId = await emptyMount();
        const [first, second] = [await activeAsset(), await activeAsset()];
        await install(mountId, first);
        const [out, in2] = await Promise.all([uninstall(mountId), install(mountId, second)]);
        expect(out.status).toBe(204);
        expect([204, 409]).toContain(in2.status);
        const mount = (await reader.get(`/v1/mounts/${mountId}`)).body;
        expect(mount.assetId).toBe(in2.status === 204 ? second : null);
        expect((await reader.get(`/v1/assets/${first}`)).body.mountId).toBeNull();
      }
    });
  });
});
