import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client as McpClient } from '@modelcontextprotocol/sdk/client/index.js';
import { HttpClient } from '@custody/platform/testing';
import { TestApi, startTestApi } from './support/test-api';

const SHA = 'ab'.repeat(32);
const checksum = { algorithm: 'sha256-tree', value: SHA };
const NO_SUCH = '00000000-0000-0000-0000-00000000beef';
import { ToolResult } from './support/mcp-tools';

// A project's testTimeout is not applied when Jest runs several projects at once (npm test): set it here.
jest.setTimeout(60_000);

describe('data: acquisitions over REST and MCP', () => {
  let api: TestApi;
  let operator: HttpClient;
  let worker: HttpClient;
  let reader: HttpClient;
  let stagingRoot: string;
  let nasRoot: string;
  let stagingTierId: string;
  let nasTierId: string;

  beforeAll(async () => {
    api = await startTestApi();
    operator = await api.as(['operator']);
    worker = await api.as(['worker']);
    reader = await api.as(['reader']);
    stagingRoot = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'custody-acq-staging-')));
    nasRoot = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'custody-acq-nas-')));
    stagingTierId = (
      await api.admin.post('/v1/tiers', { name: 'staging', accessProtocol: 'file', rootUri: stagingRoot })
    ).body.tierId;
    nasTierId = (await api.admin.post('/v1/tiers', { name: 'nas', accessProtocol: 'file', rootUri: nasRoot })).body
      .tierId;
  });
  afterAll(async () => {
    await api.close();
    fs.rmSync(stagingRoot, { recursive: true, force: true });
    fs.rmSync(nasRoot, { recursive: true, force: true });
  });

  let runCounter = 0;
  const register = async (extra: Record<string, unknown> = {}) => {
    runCounter += 1;
    const res = await operator.post('/v1/acquisitions', {
      tierId: stagingTierId,
      path: `run-${runCounter}`,
      runKind: 'run',
      targetTierId: nasTierId,
      ...extra,
    });
    expect(res.status).toBe(201);
    return res.body.acquisitionId as string;
  };
  const transition = (id: string, body: Record<string, unknown>, as: HttpClient = worker) =>
    as.post(`/v1/acquisitions/${id}/transitions`, body);
  /** A dataset with a Verified copy on each of the given tiers (verified by a worker's report). */
  const datasetWithCopies = async (tiers: { tierId: string; verified: boolean }[]) => {
    const datasetId = (await operator.post('/v1/datasets', { title: 'run', checksum, byteSize: 5 })).body.datasetId;
    const ids: string[] = [];
    for (const [i, t] of tiers.entries()) {
      const { distributionId } = (
        await operator.post('/v1/distributions', {
          datasetId,
          tierId: t.tierId,
          uri: `copy-${i}`,
          checksum,
          byteSize: 5,
        })
      ).body;
      if (t.verified) {
        const att = await worker.post(`/v1/distributions/${distributionId}/attestations`, {
          observed: { ...checksum, byteSize: 5 },
        });
        expect(att.body.outcome).toBe('Match');
      }
      ids.push(distributionId);
    }
    return { datasetId: datasetId as string, distributionIds: ids };
  };

  describe('POST /v1/acquisitions', () => {
    it('answers 201 { acquisitionId, state: "staging" }; GET shows it with its first history entry', async () => {
      const res = await operator.post('/v1/acquisitions', {
        tierId: stagingTierId,
        path: 'beamline-7//scan-1/',
        runKind: 'test',
        targetTierId: nasTierId,
        retention: { policy: 'scheduled', retainHours: 2 },
        expectedFiles: [{ path: 'frames/a.h5', size: 3 }],
        host: 'edge-1',
      });
      expect(res.status).toBe(201);
      expect(res.body).toEqual({ acquisitionId: expect.stringMatching(/^[0-9a-f-]{36}$/), state: 'staging' });
      const got = await reader.get(`/v1/acquisitions/${res.body.acquisitionId}`);
      expect(got.status).toBe(200);
      expect(got.body).toEqual({
        acquisitionId: res.body.acquisitionId,
        tierId: stagingTierId,
        path: 'beamline-7//scan-1/',
        uri: `file://${stagingRoot}/beamline-7/scan-1`,
        runKind: 'test',
        targetTierId: nasTierId,
        retention: { policy: 'scheduled', retainHours: 2 },
        assetId: null,
        fixtureId: null,
        expectedFiles: [{ path: 'frames/a.h5', size: 3 }],
        state: 'staging',
        history: [{ state: 'staging', at: expect.stringMatching(/Z$/), host: 'edge-1' }],
        datasetId: null,
        stagingDistributionId: null,
        materializationId: null,
        error: null,
        stagingRemoved: false,
        registeredAt: expect.stringMatching(/Z$/),
        version: 1,
      });
    });

    it('TierNotFound 404 for an unknown tier or target tier; 400 for a path outside the tier and malformed input', async () => {
      const base = { tierId: stagingTierId, path: 'x', runKind: 'run' };
      const expectCode = async (body: unknown, status: number, code: string) => {
        const res = await operator.post('/v1/acquisitions', body);
        expect({ status: res.status, code: res.body.code }).toEqual({ status, code });
        return res;
      };
      await expectCode({ ...base, tierId: NO_SUCH }, 404, 'TierNotFound');
      await expectCode({ ...base, targetTierId: NO_SUCH }, 404, 'TierNotFound');
      await expectCode({ ...base, targetTierId: stagingTierId }, 400, 'AcquisitionTargetIsAcquisitionTier');
      await expectCode({ ...base, path: '../escape' }, 400, 'AcquisitionPathOutsideTier');
      await expectCode({ ...base, path: '/etc' }, 400, 'AcquisitionPathOutsideTier');
      await expectCode({ ...base, runKind: 'rehearsal' }, 400, 'ValidationFailed');
      await expectCode({ ...base, retention: { policy: 'scheduled' } }, 400, 'ValidationFailed');
      await expectCode({ ...base, expectedFiles: [{ path: '../x', size: 1 }] }, 400, 'ValidationFailed');
      await expectCode({ ...base, colour: 'red' }, 400, 'ValidationFailed');
      await expectCode({ ...base, tierId: 'not-a-uuid' }, 400, 'ValidationFailed');
    });

    it('is an operator command: a worker or reader gets 403, no token 401; Idempotency-Key replays', async () => {
      const body = { tierId: stagingTierId, path: 'idem', runKind: 'run' };
      expect((await worker.post('/v1/acquisitions', body)).status).toBe(403);
      expect((await reader.post('/v1/acquisitions', body)).status).toBe(403);
      expect((await api.anonymous.post('/v1/acquisitions', body)).status).toBe(401);
      const headers = { 'idempotency-key': 'acq-1' };
      const first = await operator.post('/v1/acquisitions', body, { headers });
      const again = await operator.post('/v1/acquisitions', body, { headers });
      expect(again.status).toBe(201);
      expect(again.body).toEqual(first.body);
      expect((await operator.post('/v1/acquisitions', { ...body, path: 'other' }, { headers })).status).toBe(422);
    });
  });

  describe('POST /v1/acquisitions/{id}/transitions', () => {
    it('walks the forward order; extras kept only on their state; each entry names its host', async () => {
      const id = await register();
      const { datasetId } = await datasetWithCopies([
        { tierId: stagingTierId, verified: true },
        { tierId: nasTierId, verified: true },
      ]);
      const complete = await transition(id, {
        to: 'complete',
        host: 'edge-1',
        filesReceived: 4,
        bytesReceived: 5,
        targetTierId: nasTierId,
      });
      expect(complete.status).toBe(200);
      expect(complete.body.state).toBe('complete');
      const queued = await transition(id, {
        to: 'sync_queued',
        host: 'edge-2',
        filesReceived: 9,
        datasetId,
        materializationId: NO_SUCH,
      });
      expect(queued.status).toBe(200);
      expect(queued.body).toMatchObject({ state: 'sync_queued', datasetId, materializationId: NO_SUCH });
      expect((await transition(id, { to: 'sync_verified', host: 'edge-2', bytesReceived: 1 })).status).toBe(200);
      const cleared = await transition(id, { to: 'cleared', host: 'edge-3', targetTierId: nasTierId });
      expect(cleared.status).toBe(200);
      expect(cleared.body.history).toEqual([
        { state: 'staging', at: expect.any(String), host: null },
        { state: 'complete', at: expect.any(String), host: 'edge-1', filesReceived: 4, bytesReceived: 5 },
        { state: 'sync_queued', at: expect.any(String), host: 'edge-2' },
        { state: 'sync_verified', at: expect.any(String), host: 'edge-2', targetTierId: nasTierId },
        { state: 'cleared', at: expect.any(String), host: 'edge-3' },
      ]);
      expect((await reader.get(`/v1/acquisitions/${id}`)).body).toEqual(cleared.body);
      const after = await transition(id, { to: 'cleared', host: 'edge-3' });
      expect({ status: after.status, code: after.body.code }).toEqual({
        status: 409,
        code: 'AcquisitionIllegalTransition',
      });
    });

    it('AcquisitionIllegalTransition 409 for anything but the next state, and the state does not move', async () => {
      const id = await register();
      for (const to of ['staging', 'sync_queued', 'sync_verified', 'cleared']) {
        const res = await transition(id, { to, host: 'edge-1' });
        expect({ to, status: res.status, code: res.body.code }).toEqual({
          to,
          status: 409,
          code: 'AcquisitionIllegalTransition',
        });
      }
      const got = await reader.get(`/v1/acquisitions/${id}`);
      expect(got.body.state).toBe('staging');
      expect(got.body.history).toHaveLength(1);
      expect((await transition(id, { to: 'archived', host: 'edge-1' })).body.code).toBe('ValidationFailed');
      expect((await transition(id, { to: 'complete' })).body.code).toBe('ValidationFailed');
      expect((await transition(NO_SUCH, { to: 'complete', host: 'h' })).body.code).toBe('AcquisitionNotFound');
      expect((await transition(id, { to: 'complete', host: 'h', datasetId: NO_SUCH })).body.code).toBe(
        'DatasetNotFound',
      );
    });

    it('five concurrent identical transitions: exactly one wins, one history entry', async () => {
      const id = await register();
      const results = await Promise.all(
        Array.from({ length: 5 }, () => transition(id, { to: 'complete', host: 'edge-1', filesReceived: 1 })),
      );
      expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409]);
      for (const r of results.filter((x) => x.status === 409)) expect(r.body.code).toBe('AcquisitionIllegalTransition');
      const got = await reader.get(`/v1/acquisitions/${id}`);
      expect(got.body.history.map((h: { state: string }) => h.state)).toEqual(['staging', 'complete']);
    });

    it('AcquisitionSyncNotVerified until the target copy is Verified', async () => {
      const id = await register();
      const { datasetId, distributionIds } = await datasetWithCopies([
        { tierId: stagingTierId, verified: true },
        { tierId: nasTierId, verified: false },
      ]);
      await transition(id, { to: 'complete', host: 'h' });
      await transition(id, { to: 'sync_queued', host: 'h', datasetId });
      const refused = await transition(id, { to: 'sync_verified', host: 'h' });
      expect({ status: refused.status, code: refused.body.code }).toEqual({
        status: 409,
        code: 'AcquisitionSyncNotVerified',
      });
      expect((await reader.get(`/v1/acquisitions/${id}`)).body.state).toBe('sync_queued');
      await worker.post(`/v1/distributions/${distributionIds[1]}/attestations`, {
        observed: { ...checksum, byteSize: 5 },
      });
      expect((await transition(id, { to: 'sync_verified', host: 'h' })).status).toBe(200);
    });

    it('a target copy that failed verification never lets the acquisition clear', async () => {
      const id = await register();
      const { datasetId, distributionIds } = await datasetWithCopies([
        { tierId: stagingTierId, verified: true },
        { tierId: nasTierId, verified: false },
      ]);
      const mismatch = await worker.post(`/v1/distributions/${distributionIds[1]}/attestations`, {
        observed: { ...checksum, value: 'cd'.repeat(32), byteSize: 5 },
      });
      expect(mismatch.body.outcome).toBe('Mismatch');
      await transition(id, { to: 'complete', host: 'h' });
      await transition(id, { to: 'sync_queued', host: 'h', datasetId });
      expect((await transition(id, { to: 'sync_verified', host: 'h' })).body.code).toBe('AcquisitionSyncNotVerified');
    });
  });

  describe('POST /v1/acquisitions/{id}/clear', () => {
    const verifiedAcquisition = async (retention = { policy: 'manual' }) => {
      const id = await register({ retention });
      const copies = await datasetWithCopies([
        { tierId: stagingTierId, verified: true },
        { tierId: nasTierId, verified: true },
      ]);
      await transition(id, { to: 'complete', host: 'h' });
      await transition(id, { to: 'sync_queued', host: 'h', datasetId: copies.datasetId });
      expect((await transition(id, { to: 'sync_verified', host: 'h' })).status).toBe(200);
      return { id, ...copies };
    };

    it('answers 200 the acquisition, cleared (operator); 409 AcquisitionIllegalTransition when not sync_verified', async () => {
      const { id } = await verifiedAcquisition();
      expect((await worker.post(`/v1/acquisitions/${id}/clear`)).status).toBe(403);
      const res = await operator.post(`/v1/acquisitions/${id}/clear`, { host: 'control-room' });
      expect(res.status).toBe(200);
      expect(res.body.state).toBe('cleared');
      expect(res.body.history.at(-1)).toEqual({ state: 'cleared', at: expect.any(String), host: 'control-room' });
      const again = await operator.post(`/v1/acquisitions/${id}/clear`);
      expect({ status: again.status, code: again.body.code }).toEqual({
        status: 409,
        code: 'AcquisitionIllegalTransition',
      });
      const fresh = await register();
      expect((await operator.post(`/v1/acquisitions/${fresh}/clear`)).body.code).toBe('AcquisitionIllegalTransition');
      expect((await operator.post(`/v1/acquisitions/${NO_SUCH}/clear`)).status).toBe(404);
    });

    it('AcquisitionCannotClear 409 when no other Verified copy is left (checked when it is recorded)', async () => {
      const { id, distributionIds } = await verifiedAcquisition();
      // The NAS copy goes stale after sync_verified: clearing would leave the staging copy as the only one.
      await operator.post(`/v1/distributions/${distributionIds[1]}/mark-stale`, { reason: 'bit rot' });
      const res = await operator.post(`/v1/acquisitions/${id}/clear`);
      expect({ status: res.status, code: res.body.code }).toEqual({ status: 409, code: 'AcquisitionCannotClear' });
      expect((await reader.get(`/v1/acquisitions/${id}`)).body.state).toBe('sync_verified');
    });
  });

  describe('GET /v1/acquisitions', () => {
    it('lists by state, tier and host with keyset pages; bad filters and cursors are 400', async () => {
      const a = await register({ host: 'list-host-a' });
      const b = await register();
      await transition(b, { to: 'complete', host: 'list-host-b' });
      const ids = (res: { body: { items: { acquisitionId: string }[] } }) => res.body.items.map((i) => i.acquisitionId);
      const byHostA = await reader.get('/v1/acquisitions?host=list-host-a');
      expect(ids(byHostA)).toEqual([a]);
      expect(ids(await reader.get('/v1/acquisitions?host=list-host-b'))).toEqual([b]);
      const completes = ids(await reader.get('/v1/acquisitions?state=complete&limit=100'));
      expect(completes).toContain(b);
      expect(completes).not.toContain(a);
      expect(ids(await reader.get(`/v1/acquisitions?tierId=${nasTierId}`))).toEqual([]);
      const page1 = await reader.get(`/v1/acquisitions?tierId=${stagingTierId}&limit=1`);
      expect(page1.body.items).toHaveLength(1);
      expect(page1.body.nextCursor).toEqual(expect.any(String));
      const page2 = await reader.get(
        `/v1/acquisitions?tierId=${stagingTierId}&limit=1&cursor=${page1.body.nextCursor}`,
      );
      expect(page2.body.items[0].acquisitionId > page1.body.items[0].acquisitionId).toBe(true);
      expect((await reader.get('/v1/acquisitions?state=archived')).body.code).toBe('ValidationFailed');
      expect((await reader.get('/v1/acquisitions?limit=0')).body.code).toBe('ValidationFailed');
      expect((await reader.get('/v1/acquisitions?cursor=nope')).body.code).toBe('InvalidCursor');
      expect((await reader.get(`/v1/acquisitions/${NO_SUCH}`)).body.code).toBe('AcquisitionNotFound');
      expect((await reader.get('/v1/acquisitions/not-a-uuid')).status).toBe(400);
    });
  });

  describe('OpenAPI', () => {
    it('documents every acquisition operation with its success schema and problems', async () => {
      const doc = (await api.anonymous.get('/docs/openapi.json')).body;
      const ops = [
        ['post', '/v1/acquisitions', '201'],
        ['get', '/v1/acquisitions', '200'],
        ['get', '/v1/acquisitions/{id}', '200'],
        ['post', '/v1/acquisitions/{id}/transitions', '200'],
        ['post', '/v1/acquisitions/{id}/clear', '200'],
      ];
      for (const [method, route, status] of ops) {
        const op = doc.paths[route][method];
        expect({ route, method, schema: !!op.responses[status].content?.['application/json']?.schema }).toEqual({
          route,
          method,
          schema: true,
        });
        expect(Object.keys(op.responses).some((s) => s.startsWith('4'))).toBe(true);
        // Every reference resolves inside the document (no JSON Schema $defs left dangling).
        expect(JSON.stringify(op)).not.toContain('#/$defs');
      }
    });
  });

  describe('MCP', () => {
    let agent: McpClient;
    let workerAgent: McpClient;
    beforeAll(async () => {
      agent = await api.mcp(
        (await api.admin.post('/v1/principals', { name: 'acq-agent', roles: ['operator'] })).body.token,
      );
      workerAgent = await api.mcp(
        (await api.admin.post('/v1/principals', { name: 'acq-worker', roles: ['worker'] })).body.token,
      );
    });
    const call = async (client: McpClient, name: string, args: Record<string, unknown>) =>
      (await client.callTool({ name, arguments: args })) as ToolResult;

    it('lists the acquisition tools; reads carry readOnlyHint; a worker may call transition_acquisition only', async () => {
      const { tools } = await agent.listTools();
      const byName = new Map(tools.map((t) => [t.name, t]));
      for (const name of [
        'register_acquisition',
        'transition_acquisition',
        'get_acquisition',
        'list_acquisitions',
        'clear_acquisition',
      ]) {
        expect(byName.get(name)?.description?.length).toBeGreaterThan(40);
      }
      expect(byName.get('get_acquisition')!.annotations?.readOnlyHint).toBe(true);
      expect(byName.get('list_acquisitions')!.annotations?.readOnlyHint).toBe(true);
      expect(byName.get('transition_acquisition')!.annotations?.readOnlyHint).toBe(false);
      const refused = await call(workerAgent, 'register_acquisition', {
        tierId: stagingTierId,
        path: 'w',
        runKind: 'run',
      });
      expect(refused.content[0].text).toMatch(/^Forbidden: /);
    });

    it('drives an acquisition through the tools, with the same codes as REST', async () => {
      const registered = await call(agent, 'register_acquisition', {
        tierId: stagingTierId,
        path: 'mcp-run',
        runKind: 'run',
        targetTierId: nasTierId,
      });
      expect(registered.isError).toBeFalsy();
      const acquisitionId = registered.structuredContent.acquisitionId;
      const moved = await call(workerAgent, 'transition_acquisition', {
        acquisitionId,
        to: 'complete',
        host: 'edge-mcp',
        filesReceived: 2,
      });
      expect(moved.structuredContent).toMatchObject({ state: 'complete' });
      const illegal = await call(workerAgent, 'transition_acquisition', { acquisitionId, to: 'cleared', host: 'h' });
      expect(illegal.isError).toBe(true);
      expect(illegal.content[0].text).toMatch(/^AcquisitionIllegalTransition: /);
      const got = await call(workerAgent, 'get_acquisition', { acquisitionId });
      expect(got.structuredContent.history[1]).toEqual({
        state: 'complete',
        at: expect.any(String),
        host: 'edge-mcp',
        filesReceived: 2,
      });
      const listed = await call(agent, 'list_acquisitions', { host: 'edge-mcp' });
      expect(listed.structuredContent.items.map((i: { acquisitionId: string }) => i.acquisitionId)).toEqual([
        acquisitionId,
      ]);
      const clear = await call(agent, 'clear_acquisition', { acquisitionId });
      expect(clear.content[0].text).toMatch(/^AcquisitionIllegalTransition: /);
      const missing = await call(agent, 'get_acquisition', { acquisitionId: NO_SUCH });
      expect(missing.content[0].text).toMatch(/^AcquisitionNotFound: /);
      const invalid = await call(agent, 'register_acquisition', { tierId: stagingTierId });
      expect(invalid.content[0].text).toMatch(/^ValidationFailed/);
    });
  });
});
