import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { HttpClient } from '@custody/platform/testing';
import { TestApi, startTestApi } from './support/test-api';

// The contract project's testTimeout does not reach tests run in a multi-project config; a busy machine needs it.
jest.setTimeout(30_000);

const SHA = 'ab'.repeat(32);
const checksum = { algorithm: 'sha256', value: SHA };
const NO_SUCH = '00000000-0000-0000-0000-00000000beef';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The OpenLineage RunEvent validator, from the repository's copy of the published 2-0-2 schema. */
function runEventValidator() {
  const schema = JSON.parse(
    fs.readFileSync(path.resolve(__dirname, '../../../schemas/openlineage-2-0-2.schema.json'), 'utf8'),
  );
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(schema);
  return ajv.getSchema(`${schema.$id}#/$defs/RunEvent`)!;
}

describe('operation: methods and runs over REST', () => {
  let api: TestApi;
  let operator: HttpClient;
  let reader: HttpClient;
  let worker: HttpClient;
  let root: string;
  let fastTier: string;
  let archiveTier: string;

  beforeAll(async () => {
    api = await startTestApi();
    operator = await api.as(['operator']);
    reader = await api.as(['reader']);
    worker = await api.as(['worker']);
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'custody-runs-'));
    fastTier = (await api.admin.post('/v1/tiers', { name: 'fast', accessProtocol: 'file', rootUri: root })).body.tierId;
    archiveTier = (
      await api.admin.post('/v1/tiers', { name: 'archive', accessProtocol: 's3', rootUri: 's3://archive/raw' })
    ).body.tierId;
    await api.admin.patch(`/v1/tiers/${archiveTier}`, { reachable: false });
  });
  afterAll(async () => {
    await api.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  let counter = 0;
  const newDataset = async () =>
    (await operator.post('/v1/datasets', { title: 'frames', checksum, byteSize: 10 })).body.datasetId as string;
  const copyOn = async (datasetId: string, tierId: string) => {
    counter += 1;
    const uri = tierId === fastTier ? `copy-${counter}.h5` : `s3://archive/raw/copy-${counter}.h5`;
    const res = await operator.post('/v1/distributions', { datasetId, tierId, uri, checksum, byteSize: 10 });
    expect(res.status).toBe(201);
    return res.body.distributionId as string;
  };
  const verify = async (distributionId: string) => {
    const res = await worker.post(`/v1/distributions/${distributionId}/attestations`, {
      observed: { ...checksum, byteSize: 10 },
    });
    expect(res.body.outcome).toBe('Match');
  };
  /** A dataset with one Verified copy on the reachable tier. */
  const verifiedDataset = async () => {
    const datasetId = await newDataset();
    const distributionId = await copyOn(datasetId, fastTier);
    await verify(distributionId);
    return { datasetId, distributionId };
  };
  const newMethod = async (body: Record<string, unknown> = {}) => {
    const res = await operator.post('/v1/methods', { name: 'reconstruction', ...body });
    expect(res.status).toBe(201);
    return res.body.methodId as string;
  };
  const expectProblem = (res: { status: number; body: any }, status: number, code: string) =>
    expect({ status: res.status, code: res.body?.code }).toEqual({ status, code });

  describe('methods', () => {
    it('registers, reads and lists a method', async () => {
      const schema = { type: 'object', properties: { voxel: { type: 'number' } }, required: ['voxel'] };
      const res = await operator.post('/v1/methods', {
        name: 'tomographic reconstruction',
        neededInputKinds: ['projections', 'flats', 'projections'],
        parametersSchema: schema,
      });
      expect(res.status).toBe(201);
      expect(res.body).toEqual({ methodId: expect.stringMatching(UUID) });
      const got = await reader.get(`/v1/methods/${res.body.methodId}`);
      expect(got.status).toBe(200);
      expect(got.body).toEqual({
        methodId: res.body.methodId,
        name: 'tomographic reconstruction',
        neededInputKinds: ['projections', 'flats'],
        parametersSchema: schema,
        registeredAt: expect.stringMatching(/Z$/),
        version: 1,
      });
      const other = await newMethod();
      expect((await reader.get(`/v1/methods/${other}`)).body).toMatchObject({
        neededInputKinds: [],
        parametersSchema: null,
      });
      const first = await reader.get('/v1/methods?limit=1');
      expect(first.body.items).toHaveLength(1);
      expect(first.body.nextCursor).toEqual(expect.any(String));
      const all = await reader.get('/v1/methods?limit=100');
      expect(all.body.items.map((m: { methodId: string }) => m.methodId)).toEqual(
        expect.arrayContaining([res.body.methodId, other]),
      );
    });

    it('refuses a parametersSchema that is not a valid JSON Schema with 400 ValidationFailed', async () => {
      for (const parametersSchema of [
        { type: 'nonsense' },
        { properties: 5 },
        { required: 'voxel' },
        { $ref: 'https://example.org/elsewhere.json' },
        { type: 'string', pattern: '(' },
      ]) {
        const res = await operator.post('/v1/methods', { name: 'm', parametersSchema });
        expectProblem(res, 400, 'ValidationFailed');
        expect(res.body.errors[0].path).toMatch(/^parametersSchema/);
      }
    });

    it('validates the body: unknown fields, too many kinds, no name; 404 for an unknown id; readers cannot register', async () => {
      expectProblem(await operator.post('/v1/methods', { name: 'm', extra: 1 }), 400, 'ValidationFailed');
      expectProblem(await operator.post('/v1/methods', {}), 400, 'ValidationFailed');
      const kinds = Array.from({ length: 65 }, (_, i) => `k${i}`);
      expectProblem(
        await operator.post('/v1/methods', { name: 'm', neededInputKinds: kinds }),
        400,
        'ValidationFailed',
      );
      expect((await operator.post('/v1/methods', { name: 'm', neededInputKinds: kinds.slice(1) })).status).toBe(201);
      expectProblem(await reader.get(`/v1/methods/${NO_SUCH}`), 404, 'MethodNotFound');
      expectProblem(await reader.get('/v1/methods/not-a-uuid'), 400, 'ValidationFailed');
      expectProblem(await reader.post('/v1/methods', { name: 'm' }), 403, 'Forbidden');
      expectProblem(await api.anonymous.get('/v1/methods'), 401, 'Unauthenticated');
    });
  });

  describe('starting a run', () => {
    it('starts Running on verified reachable inputs and records the copy that passed each one', async () => {
      const a = await verifiedDataset();
      const b = await newDataset();
      const bArchive = await copyOn(b, archiveTier);
      await verify(bArchive);
      const bFast = await copyOn(b, fastTier);
      await verify(bFast);
      const methodId = await newMethod({
        parametersSchema: { type: 'object', properties: { voxel: { type: 'number' } } },
      });
      const res = await operator.post('/v1/runs', {
        methodId,
        inputDatasetIds: [b, a.datasetId, b.toUpperCase()],
        parameters: { voxel: 0.5 },
      });
      expect(res.status).toBe(201);
      expect(res.body).toEqual({ runId: expect.stringMatching(UUID), state: 'Running' });
      const run = await reader.get(`/v1/runs/${res.body.runId}`);
      expect(run.status).toBe(200);
      expect(run.body).toEqual({
        runId: res.body.runId,
        methodId,
        state: 'Running',
        inputDatasetIds: [b, a.datasetId],
        inputCopies: [
          { datasetId: b, distributionId: bFast, tierId: fastTier },
          { datasetId: a.datasetId, distributionId: a.distributionId, tierId: fastTier },
        ],
        parameters: { voxel: 0.5 },
        history: [{ event: 'RunStarted', state: 'Running', at: expect.stringMatching(/Z$/), reason: null }],
        version: 1,
      });
    });

    it('starts without inputs or parameters', async () => {
      const res = await operator.post('/v1/runs', { methodId: await newMethod() });
      expect(res.status).toBe(201);
      expect((await reader.get(`/v1/runs/${res.body.runId}`)).body).toMatchObject({
        inputDatasetIds: [],
        inputCopies: [],
        parameters: {},
      });
    });

    it('refuses an unknown method with 404 MethodNotFound before anything else', async () => {
      expectProblem(
        await operator.post('/v1/runs', { methodId: NO_SUCH, inputDatasetIds: [NO_SUCH], parameters: { x: 1 } }),
        404,
        'MethodNotFound',
      );
    });

    it('refuses parameters the method’s schema rejects with 400, before the gate', async () => {
      const methodId = await newMethod({
        parametersSchema: {
          type: 'object',
          properties: { voxel: { type: 'number', minimum: 0 }, mode: { enum: ['fbp', 'sirt'] } },
          required: ['voxel'],
          additionalProperties: false,
        },
      });
      const bad = await operator.post('/v1/runs', {
        methodId,
        inputDatasetIds: [NO_SUCH],
        parameters: { voxel: -1, mode: 'magic', extra: true },
      });
      expectProblem(bad, 400, 'ValidationFailed');
      expect(bad.body.errors).toEqual(
        expect.arrayContaining([
          { path: 'parameters.voxel', message: expect.stringContaining('>= 0') },
          { path: 'parameters.mode', message: expect.any(String) },
          { path: 'parameters', message: expect.stringContaining('extra') },
        ]),
      );
      expectProblem(await operator.post('/v1/runs', { methodId, parameters: {} }), 400, 'ValidationFailed');
      const { datasetId } = await verifiedDataset();
      expect(
        (
          await operator.post('/v1/runs', {
            methodId,
            inputDatasetIds: [datasetId],
            parameters: { voxel: 2, mode: 'fbp' },
          })
        ).status,
      ).toBe(201);
    });

    it('refuses an input without a Verified copy (RunInputNotVerified), unknown datasets included', async () => {
      const methodId = await newMethod();
      const registeredOnly = await newDataset();
      await copyOn(registeredOnly, fastTier);
      const stale = await verifiedDataset();
      expect(
        (await operator.post(`/v1/distributions/${stale.distributionId}/mark-stale`, { reason: 'disk replaced' }))
          .status,
      ).toBe(204);
      expect((await reader.get(`/v1/distributions/${stale.distributionId}`)).body.status).toBe('Stale');
      for (const datasetId of [registeredOnly, await newDataset(), NO_SUCH]) {
        const res = await operator.post('/v1/runs', { methodId, inputDatasetIds: [datasetId] });
        expectProblem(res, 409, 'RunInputNotVerified');
        expect(res.body.detail).toContain(datasetId);
      }
      expectProblem(
        await operator.post('/v1/runs', { methodId, inputDatasetIds: [stale.datasetId] }),
        409,
        'RunInputNotVerified',
      );
    });

    it('refuses an input whose Verified copies are all on unreachable tiers (RunInputNotReachable)', async () => {
      const methodId = await newMethod();
      const datasetId = await newDataset();
      await verify(await copyOn(datasetId, archiveTier));
      await copyOn(datasetId, fastTier); // a reachable copy, but only Registered
      const res = await operator.post('/v1/runs', { methodId, inputDatasetIds: [datasetId] });
      expectProblem(res, 409, 'RunInputNotReachable');
      expect(res.body.detail).toContain(datasetId);
    });

    it('reports not-verified before not-reachable, naming the smallest failing datasetId', async () => {
      const methodId = await newMethod();
      const unreachable: string[] = [];
      const unverified: string[] = [];
      for (let i = 0; i < 2; i++) {
        const d = await newDataset();
        await verify(await copyOn(d, archiveTier));
        unreachable.push(d);
        unverified.push(await newDataset());
      }
      const fine = (await verifiedDataset()).datasetId;
      const all = [fine, ...unreachable, ...unverified].reverse();
      const first = await operator.post('/v1/runs', { methodId, inputDatasetIds: all });
      expectProblem(first, 409, 'RunInputNotVerified');
      expect(first.body.detail).toContain([...unverified].sort()[0]);
      const second = await operator.post('/v1/runs', { methodId, inputDatasetIds: [fine, ...unreachable].reverse() });
      expectProblem(second, 409, 'RunInputNotReachable');
      expect(second.body.detail).toContain([...unreachable].sort()[0]);
    });

    it('validates the body: at most 64 inputs, UUIDs only, parameters an object, no unknown fields', async () => {
      const methodId = await newMethod();
      const ids = Array.from({ length: 65 }, (_, i) => `00000000-0000-7000-8000-${i.toString().padStart(12, '0')}`);
      for (const body of [
        { methodId, inputDatasetIds: ids },
        { methodId, inputDatasetIds: ['nope'] },
        { methodId, parameters: [1] },
        { methodId, parameters: 'x' },
        { methodId, extra: 1 },
        { methodId: 'nope' },
        {},
      ]) {
        expectProblem(await operator.post('/v1/runs', body), 400, 'ValidationFailed');
      }
      expectProblem(await reader.post('/v1/runs', { methodId }), 403, 'Forbidden');
    });

    it('answers the first response again for the same Idempotency-Key and body, 422 for another body', async () => {
      const methodId = await newMethod();
      const { datasetId } = await verifiedDataset();
      const headers = { 'idempotency-key': `start-${Date.now()}` };
      const first = await operator.post('/v1/runs', { methodId, inputDatasetIds: [datasetId] }, { headers });
      const again = await operator.post('/v1/runs', { methodId, inputDatasetIds: [datasetId] }, { headers });
      expect(first.status).toBe(201);
      expect(again.status).toBe(201);
      expect(again.body).toEqual(first.body);
      expectProblem(await operator.post('/v1/runs', { methodId }, { headers }), 422, 'IdempotencyKeyReused');
      await api.drain();
      const runs = await reader.get(`/v1/runs?inputDatasetId=${datasetId}`);
      expect(runs.body.items).toHaveLength(1);
    });
  });

  describe('the run FSM over REST', () => {
    const start = async () => {
      const res = await operator.post('/v1/runs', { methodId: await newMethod() });
      return res.body.runId as string;
    };

    it('holds, resumes, completes; every transition is in the history', async () => {
      const runId = await start();
      expect((await operator.post(`/v1/runs/${runId}/hold`)).status).toBe(204);
      expectProblem(await operator.post(`/v1/runs/${runId}/hold`), 409, 'RunCannotHold');
      expectProblem(await operator.post(`/v1/runs/${runId}/complete`), 409, 'RunCannotComplete');
      expect((await operator.post(`/v1/runs/${runId}/resume`)).status).toBe(204);
      expectProblem(await operator.post(`/v1/runs/${runId}/resume`), 409, 'RunCannotResume');
      expect((await operator.post(`/v1/runs/${runId}/complete`)).status).toBe(204);
      for (const [action, code] of [
        ['hold', 'RunCannotHold'],
        ['resume', 'RunCannotResume'],
        ['complete', 'RunCannotComplete'],
      ]) {
        expectProblem(await operator.post(`/v1/runs/${runId}/${action}`), 409, code);
      }
      expectProblem(await operator.post(`/v1/runs/${runId}/abort`, { reason: 'late' }), 409, 'RunCannotAbort');
      expectProblem(await operator.post(`/v1/runs/${runId}/stop`, { reason: 'late' }), 409, 'RunCannotStop');
      const run = await reader.get(`/v1/runs/${runId}`);
      expect(run.body.state).toBe('Completed');
      expect(run.body.version).toBe(4);
      expect(run.body.history.map((h: { event: string; state: string }) => [h.event, h.state])).toEqual([
        ['RunStarted', 'Running'],
        ['RunHeld', 'Held'],
        ['RunResumed', 'Running'],
        ['RunCompleted', 'Completed'],
      ]);
    });

    it('aborts and stops with a reason, from Running or Held', async () => {
      const aborted = await start();
      expectProblem(await operator.post(`/v1/runs/${aborted}/abort`, {}), 400, 'ValidationFailed');
      expectProblem(await operator.post(`/v1/runs/${aborted}/abort`, { reason: '  ' }), 400, 'ValidationFailed');
      expect((await operator.post(`/v1/runs/${aborted}/abort`, { reason: 'beam lost' })).status).toBe(204);
      const stopped = await start();
      await operator.post(`/v1/runs/${stopped}/hold`);
      expect((await operator.post(`/v1/runs/${stopped}/stop`, { reason: 'sample moved' })).status).toBe(204);
      expectProblem(await operator.post(`/v1/runs/${stopped}/abort`, { reason: 'x' }), 409, 'RunCannotAbort');
      expect((await reader.get(`/v1/runs/${aborted}`)).body.history[1]).toEqual({
        event: 'RunAborted',
        state: 'Aborted',
        at: expect.stringMatching(/Z$/),
        reason: 'beam lost',
      });
      expect((await reader.get(`/v1/runs/${stopped}`)).body.state).toBe('Stopped');
    });

    it('answers 404 RunNotFound for an unknown run, 400 for a bad id, 403 for a reader', async () => {
      for (const action of ['hold', 'resume', 'complete']) {
        expectProblem(await operator.post(`/v1/runs/${NO_SUCH}/${action}`), 404, 'RunNotFound');
      }
      expectProblem(await operator.post(`/v1/runs/${NO_SUCH}/stop`, { reason: 'r' }), 404, 'RunNotFound');
      expectProblem(await reader.get(`/v1/runs/${NO_SUCH}`), 404, 'RunNotFound');
      expectProblem(await reader.get(`/v1/runs/${NO_SUCH}/openlineage`), 404, 'RunNotFound');
      expectProblem(await reader.get('/v1/runs/nope'), 400, 'ValidationFailed');
      expectProblem(await reader.post(`/v1/runs/${await start()}/hold`), 403, 'Forbidden');
    });

    it('does not gate a resumed run again', async () => {
      const datasetId = await newDataset();
      const tierId = (
        await api.admin.post('/v1/tiers', {
          name: `flaky-${Date.now()}`,
          accessProtocol: 's3',
          rootUri: `s3://flaky${Date.now()}/x`,
        })
      ).body.tierId;
      const res = await operator.post('/v1/distributions', { datasetId, tierId, uri: 'a.h5', checksum, byteSize: 10 });
      await verify(res.body.distributionId);
      const runId = (await operator.post('/v1/runs', { methodId: await newMethod(), inputDatasetIds: [datasetId] }))
        .body.runId;
      expect(runId).toEqual(expect.stringMatching(UUID));
      await operator.post(`/v1/runs/${runId}/hold`);
      expect((await api.admin.patch(`/v1/tiers/${tierId}`, { reachable: false })).status).toBe(204);
      expect((await operator.post(`/v1/runs/${runId}/resume`)).status).toBe(204);
      expect((await reader.get(`/v1/runs/${runId}`)).body.state).toBe('Running');
    });
  });

  describe('lists', () => {
    it('lists runs by state, by method and by input dataset, a page at a time', async () => {
      const methodId = await newMethod();
      const otherMethod = await newMethod();
      const { datasetId } = await verifiedDataset();
      const ids: string[] = [];
      for (let i = 0; i < 3; i++) {
        ids.push((await operator.post('/v1/runs', { methodId, inputDatasetIds: [datasetId] })).body.runId);
      }
      const other = (await operator.post('/v1/runs', { methodId: otherMethod })).body.runId;
      await operator.post(`/v1/runs/${ids[1]}/hold`);
      const byMethod = await reader.get(`/v1/runs?methodId=${methodId}`);
      expect(byMethod.body.items.map((r: { runId: string }) => r.runId)).toEqual(ids);
      expect(byMethod.body.nextCursor).toBeNull();
      const held = await reader.get(`/v1/runs?state=Held&methodId=${methodId}`);
      expect(held.body.items).toEqual([expect.objectContaining({ runId: ids[1], state: 'Held' })]);
      const byInput = await reader.get(`/v1/runs?inputDatasetId=${datasetId}&limit=2`);
      expect(byInput.body.items.map((r: { runId: string }) => r.runId)).toEqual(ids.slice(0, 2));
      const next = await reader.get(`/v1/runs?inputDatasetId=${datasetId}&limit=2&cursor=${byInput.body.nextCursor}`);
      expect(next.body).toEqual({ items: [expect.objectContaining({ runId: ids[2] })], nextCursor: null });
      const runningOfInput = await reader.get(`/v1/runs?inputDatasetId=${datasetId}&state=Running`);
      expect(runningOfInput.body.items.map((r: { runId: string }) => r.runId)).toEqual([ids[0], ids[2]]);
      const all = await reader.get('/v1/runs?limit=100');
      expect(all.body.items.map((r: { runId: string }) => r.runId)).toEqual(expect.arrayContaining([...ids, other]));
      // A list item is what GET shows.
      expect(held.body.items[0]).toEqual((await reader.get(`/v1/runs/${ids[1]}`)).body);
    });

    it('refuses a bad filter, limit or cursor', async () => {
      expectProblem(await reader.get('/v1/runs?state=Sleeping'), 400, 'ValidationFailed');
      expectProblem(await reader.get('/v1/runs?methodId=nope'), 400, 'ValidationFailed');
      expectProblem(await reader.get('/v1/runs?limit=0'), 400, 'ValidationFailed');
      expectProblem(await reader.get('/v1/runs?cursor=garbage'), 400, 'InvalidCursor');
      expectProblem(await reader.get('/v1/methods?cursor=garbage'), 400, 'InvalidCursor');
      expectProblem(await reader.get('/v1/runs?other=1'), 400, 'ValidationFailed');
    });
  });

  describe('GET /v1/runs/{id}/openlineage', () => {
    const validate = runEventValidator();

    it('renders START, then COMPLETE / ABORT / FAIL, as RunEvents valid against the OpenLineage 2-0-2 schema', async () => {
      const methodId = await newMethod();
      const { datasetId } = await verifiedDataset();
      const ends: [string, Record<string, unknown> | undefined, string][] = [
        ['complete', undefined, 'COMPLETE'],
        ['abort', { reason: 'beam lost' }, 'ABORT'],
        ['stop', { reason: 'cannot go on' }, 'FAIL'],
      ];
      for (const [action, body, eventType] of ends) {
        const runId = (await operator.post('/v1/runs', { methodId, inputDatasetIds: [datasetId] })).body.runId;
        const running = await reader.get(`/v1/runs/${runId}/openlineage`);
        expect(running.status).toBe(200);
        expect(running.body.map((e: { eventType: string }) => e.eventType)).toEqual(['START']);
        await operator.post(`/v1/runs/${runId}/hold`);
        await operator.post(`/v1/runs/${runId}/resume`);
        expect((await operator.post(`/v1/runs/${runId}/${action}`, body)).status).toBe(204);
        const ended = await reader.get(`/v1/runs/${runId}/openlineage`);
        expect(ended.body.map((e: { eventType: string }) => e.eventType)).toEqual(['START', eventType]);
        for (const event of ended.body) {
          const valid = validate(event);
          expect({ valid, errors: validate.errors ?? null }).toEqual({ valid: true, errors: null });
          expect(event.run.runId).toBe(runId);
          expect(event.job).toEqual({ namespace: api.config.publicUrl, name: `methods/${methodId}` });
          expect(event.inputs).toEqual([{ namespace: api.config.publicUrl, name: `datasets/${datasetId}` }]);
        }
        const history = (await reader.get(`/v1/runs/${runId}`)).body.history;
        expect(ended.body[0].eventTime).toBe(history[0].at);
        expect(ended.body[1].eventTime).toBe(history[history.length - 1].at);
      }
    });

    it('the schema check is real: a RunEvent without its run or with a bad eventType fails it', async () => {
      const runId = (await operator.post('/v1/runs', { methodId: await newMethod() })).body.runId;
      const [start] = (await reader.get(`/v1/runs/${runId}/openlineage`)).body;
      expect(validate(start)).toBe(true);
      expect(validate({ ...start, run: undefined })).toBe(false);
      expect(validate({ ...start, eventType: 'PAUSED' })).toBe(false);
      expect(validate({ ...start, run: { runId: 'not-a-uuid' } })).toBe(false);
    });
  });

  it('documents every route in the OpenAPI document with its response schema and problem codes', async () => {
    const doc = (await api.anonymous.get('/docs/openapi.json')).body;
    const operations: [string, string, number][] = [
      ['/v1/methods', 'post', 201],
      ['/v1/methods', 'get', 200],
      ['/v1/methods/{id}', 'get', 200],
      ['/v1/runs', 'post', 201],
      ['/v1/runs', 'get', 200],
      ['/v1/runs/{id}', 'get', 200],
      ['/v1/runs/{id}/openlineage', 'get', 200],
      ['/v1/runs/{id}/hold', 'post', 204],
      ['/v1/runs/{id}/resume', 'post', 204],
      ['/v1/runs/{id}/complete', 'post', 204],
      ['/v1/runs/{id}/abort', 'post', 204],
      ['/v1/runs/{id}/stop', 'post', 204],
    ];
    for (const [route, method, status] of operations) {
      const op = doc.paths[route]?.[method];
      expect({ route, method, documented: Boolean(op) }).toEqual({ route, method, documented: true });
      expect(op.responses[String(status)]).toBeDefined();
      if (status !== 204) expect(op.responses[String(status)].content['application/json'].schema).toBeDefined();
    }
    expect(doc.paths['/v1/runs'].post.responses['409'].description).toContain('RunInputNotReachable');
    expect(doc.paths['/v1/runs/{id}/hold'].post.responses['409'].description).toContain('RunCannotHold');
  });
});
