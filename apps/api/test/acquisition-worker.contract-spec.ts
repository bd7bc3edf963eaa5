import 'reflect-metadata';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Global, INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AcquisitionWorker, AcquisitionWorkerModule, AcquisitionWorkerSettings, DataModule } from '@custody/data';
import { PlatformCoreModule } from '@custody/platform';
import { HttpClient } from '@custody/platform/testing';
import {
  InMemoryMaterializationRequester,
  MATERIALIZATION_REQUESTER,
  MaterializationOutcome,
  MaterializationRequest,
} from '@custody/ports';
import { contextPersistence } from '../src/contexts';
import { TestApi, startTestApi } from './support/test-api';

/**
 * The worker's acquisition job against the real API and PostgreSQL, with the in-memory MaterializationRequester
 * standing in for the operation context: it copies the run to the target tier and registers and attests the
 * copy through data's own REST routes (the server reads the bytes), as the materialization job will.
 */
// A project's testTimeout is not applied when Jest runs several projects at once (npm test): set it here.
jest.setTimeout(60_000);

describe('acquisition worker: staging → cleared', () => {
  let api: TestApi;
  let operator: HttpClient;
  let stagingRoot: string;
  let nasRoot: string;
  let stagingTierId: string;
  let nasTierId: string;
  const workers: INestApplicationContext[] = [];

  beforeAll(async () => {
    api = await startTestApi();
    operator = await api.as(['operator']);
    stagingRoot = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'custody-worker-staging-')));
    nasRoot = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'custody-worker-nas-')));
    stagingTierId = (
      await api.admin.post('/v1/tiers', { name: 'detector-local', accessProtocol: 'file', rootUri: stagingRoot })
    ).body.tierId;
    nasTierId = (await api.admin.post('/v1/tiers', { name: 'nas', accessProtocol: 'file', rootUri: nasRoot })).body
      .tierId;
  });
  afterAll(async () => {
    for (const w of workers) await w.close();
    await api.close();
    fs.rmSync(stagingRoot, { recursive: true, force: true });
    fs.rmSync(nasRoot, { recursive: true, force: true });
  });

  /** The operation side's double: copy, then register and attest the target copy over REST. */
  const copyingRequester = (options: { corrupt?: boolean; gate?: Promise<void> } = {}) =>
    new InMemoryMaterializationRequester({
      materialize: async (request: MaterializationRequest): Promise<MaterializationOutcome> => {
        await options.gate;
        const dataset = (await operator.get(`/v1/datasets/${request.datasetId}/distributions`)).body.items[0];
        const relative = dataset.uri.slice(`file://${stagingRoot}/`.length);
        const target = path.join(nasRoot, relative);
        fs.cpSync(path.join(stagingRoot, relative), target, { recursive: true });
        if (options.corrupt) fs.appendFileSync(path.join(target, fs.readdirSync(target)[0]), 'x');
        const registered = await operator.post('/v1/distributions', {
          datasetId: request.datasetId,
          tierId: request.targetTierId,
          uri: relative,
          checksum: dataset.checksum,
          byteSize: dataset.byteSize,
        });
        const { distributionId } = registered.body;
        const attested = await operator.post(`/v1/distributions/${distributionId}/attestations`, {});
        return attested.body.outcome === 'Match'
          ? { state: 'Verified', distributionId, error: null }
          : {
              state: 'Failed',
              distributionId,
              error: { code: 'TargetCopyMismatch', detail: 'the copy does not match the dataset' },
            };
      },
    });

  const startWorker = async (
    requester: InMemoryMaterializationRequester,
    settings: Partial<AcquisitionWorkerSettings> = {},
  ) => {
    @Global()
    @Module({
      providers: [{ provide: MATERIALIZATION_REQUESTER, useValue: requester }],
      exports: [MATERIALIZATION_REQUESTER],
    })
    class TestPorts {}
    @Module({
      imports: [
        PlatformCoreModule.forRoot({
          config: api.config,
          databaseUrl: api.databaseUrl,
          persistence: contextPersistence,
          processName: 'worker',
        }),
        TestPorts,
        DataModule,
        AcquisitionWorkerModule.withSettings({
          tiers: { kind: 'local-file-tiers' },
          host: 'edge-test',
          rescanMs: 100,
          ...settings,
        }),
      ],
    })
    class TestWorker {}
    const app = await NestFactory.createApplicationContext(TestWorker, { logger: false });
    await app.init();
    workers.push(app);
    return app;
  };

  const writeRun = (name: string, files: Record<string, string>, sentinel = true) => {
    const dir = path.join(stagingRoot, name);
    for (const [rel, content] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), content);
    }
    if (sentinel) fs.writeFileSync(path.join(dir, '.complete'), '');
    return dir;
  };

  const waitFor = async <T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await probe();
      if (value !== undefined) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  const acquisition = async (id: string) => (await operator.get(`/v1/acquisitions/${id}`)).body;
  const until = (id: string, test: (a: any) => boolean, what: string) =>
    waitFor(what, async () => {
      const a = await acquisition(id);
      return test(a) ? a : undefined;
    });
  const register = async (name: string, extra: Record<string, unknown>) =>
    (
      await operator.post('/v1/acquisitions', {
        tierId: stagingTierId,
        path: name,
        runKind: 'run',
        targetTierId: nasTierId,
        ...extra,
      })
    ).body.acquisitionId as string;
  const sha = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

  it('scheduled retention: a run with a .complete sentinel ends cleared, NAS copy Verified and identical, staging gone', async () => {
    const requester = copyingRequester();
    const worker = await startWorker(requester);
    const id = await register('run-scheduled', { retention: { policy: 'scheduled', retainHours: 0 } });
    const files = { 'frames/0001.raw': 'a'.repeat(1000), 'frames/0002.raw': 'b'.repeat(2000), 'meta.json': '{}' };
    const dir = writeRun('run-scheduled', files);
    const digests = Object.keys(files).map((f) => sha(path.join(dir, f)));
    const done = await until(id, (a) => a.stagingRemoved, 'staging removed');
    expect(done.state).toBe('cleared');
    expect(done.error).toBeNull();
    expect(done.history.map((h: { state: string }) => h.state)).toEqual([
      'staging',
      'complete',
      'sync_queued',
      'sync_verified',
      'cleared',
    ]);
    expect(done.history[1]).toMatchObject({ host: 'edge-test', filesReceived: 3, bytesReceived: 3002 });
    expect(done.history[3]).toMatchObject({ targetTierId: nasTierId });
    expect(fs.existsSync(dir)).toBe(false);
    expect(Object.keys(files).map((f) => sha(path.join(nasRoot, 'run-scheduled', f)))).toEqual(digests);
    const copies = (await operator.get(`/v1/datasets/${done.datasetId}/distributions`)).body.items;
    expect(copies.map((c: { tierId: string; status: string }) => [c.tierId, c.status]).sort()).toEqual(
      [
        [stagingTierId, 'Discarded'],
        [nasTierId, 'Verified'],
      ].sort(),
    );
    const dataset = (await operator.get(`/v1/datasets/${done.datasetId}`)).body;
    expect(dataset).toMatchObject({ checksum: { algorithm: 'sha256-tree' }, byteSize: 3002 });
    expect(requester.requests).toHaveLength(1);
    await worker.close();
    workers.splice(workers.indexOf(worker), 1);
  });

  it('manual retention: complete by expected files, waits at sync_verified until an operator clears it', async () => {
    const worker = await startWorker(copyingRequester());
    const id = await register('run-manual', {
      expectedFiles: [
        { path: 'a.h5', size: 5 },
        { path: 'b.h5', size: 3 },
      ],
    });
    const dir = writeRun('run-manual', { 'a.h5': 'hello' }, false);
    // One expected file is missing: a full rescan leaves the run staging.
    await worker.get(AcquisitionWorker).rescan();
    expect((await acquisition(id)).state).toBe('staging');
    fs.writeFileSync(path.join(dir, 'b.h5'), 'abc');
    const verified = await until(id, (a) => a.state === 'sync_verified', 'sync_verified');
    await worker.get(AcquisitionWorker).rescan();
    expect((await acquisition(id)).state).toBe('sync_verified');
    expect(fs.existsSync(path.join(dir, 'a.h5'))).toBe(true);
    const cleared = await operator.post(`/v1/acquisitions/${id}/clear`, { host: 'control-room' });
    expect(cleared.status).toBe(200);
    await until(id, (a) => a.stagingRemoved, 'staging removed after the manual clear');
    expect(fs.existsSync(dir)).toBe(false);
    expect(verified.stagingDistributionId).toEqual(expect.any(String));
    await worker.close();
    workers.splice(workers.indexOf(worker), 1);
  });

  it('hashes a staging run ahead, and reads again at complete a file rewritten since (same size and mtime)', async () => {
    const worker = await startWorker(copyingRequester());
    const id = await register('run-ahead', {});
    const files = { 'frames/0001.raw': 'one', 'frames/0002.raw': 'two', 'meta.json': '{"v":1}' };
    const dir = writeRun('run-ahead', files, false);
    const hourAgo = new Date(Date.now() - 3_600_000);
    for (const rel of Object.keys(files)) fs.utimesSync(path.join(dir, rel), hourAgo, hourAgo);
    const ahead = worker.get(AcquisitionWorker);
    await waitFor('the settled files hashed ahead', async () => (ahead.filesHashedAhead(id) === 3 ? true : undefined));
    // Other bytes at the same size, the mtime set back: only the ctime tells the file changed.
    fs.writeFileSync(path.join(dir, 'meta.json'), '{"v":2}');
    fs.utimesSync(path.join(dir, 'meta.json'), hourAgo, hourAgo);
    fs.writeFileSync(path.join(dir, '.complete'), '');
    const verified = await until(id, (a) => a.state === 'sync_verified', 'sync_verified');
    // The tree is every file of the run folder, the sentinel too.
    const lines = [...Object.keys(files), '.complete']
      .sort()
      .map((rel) => `${sha(path.join(dir, rel))}  ${rel}\n`)
      .join('');
    const dataset = (await operator.get(`/v1/datasets/${verified.datasetId}`)).body;
    expect(dataset.checksum).toEqual({
      algorithm: 'sha256-tree',
      value: createHash('sha256').update(lines).digest('hex'),
    });
    expect(ahead.filesHashedAhead(id)).toBe(0);
    await worker.close();
    workers.splice(workers.indexOf(worker), 1);
  });

  it('checks again right before deleting: a cleared acquisition whose archive copy went stale keeps its files', async () => {
    const first = await startWorker(copyingRequester());
    const id = await register('run-recheck', {});
    const dir = writeRun('run-recheck', { 'r.raw': 'rrr' });
    const verified = await until(id, (a) => a.state === 'sync_verified', 'sync_verified');
    await first.close();
    workers.splice(workers.indexOf(first), 1);
    expect((await operator.post(`/v1/acquisitions/${id}/clear`)).status).toBe(200);
    const nasCopy = (await operator.get(`/v1/datasets/${verified.datasetId}/distributions`)).body.items.find(
      (c: { tierId: string }) => c.tierId === nasTierId,
    );
    await operator.post(`/v1/distributions/${nasCopy.distributionId}/mark-stale`, { reason: 'bit rot' });
    const second = await startWorker(copyingRequester());
    await second.get(AcquisitionWorker).rescan();
    expect((await acquisition(id)).stagingRemoved).toBe(false);
    expect(fs.readFileSync(path.join(dir, 'r.raw'), 'utf8')).toBe('rrr');
    await operator.post(`/v1/distributions/${nasCopy.distributionId}/attestations`, {});
    await until(id, (a) => a.stagingRemoved, 'staging removed once the archive copy is Verified again');
    expect(fs.existsSync(dir)).toBe(false);
    await second.close();
    workers.splice(workers.indexOf(second), 1);
  });

  it('a target copy that fails verification stops the lifecycle and never lets the staging copy go', async () => {
    const worker = await startWorker(copyingRequester({ corrupt: true }));
    const id = await register('run-corrupt', { retention: { policy: 'scheduled', retainHours: 0 } });
    const dir = writeRun('run-corrupt', { 'x.raw': 'payload' });
    const halted = await until(id, (a) => a.error !== null, 'halted');
    expect(halted.state).toBe('sync_queued');
    expect(halted.error).toMatchObject({ code: 'AcquisitionSyncFailed', host: 'edge-test' });
    expect(halted.error.detail).toContain('TargetCopyMismatch');
    expect(fs.readFileSync(path.join(dir, 'x.raw'), 'utf8')).toBe('payload');
    const refused = await operator.post(`/v1/acquisitions/${id}/transitions`, { to: 'sync_verified', host: 'h' });
    expect(refused.body.code).toBe('AcquisitionSyncNotVerified');
    await worker.close();
    workers.splice(workers.indexOf(worker), 1);
  });

  it('a file that changes after complete stops the lifecycle with a visible error', async () => {
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const requester = copyingRequester({ gate });
    const worker = await startWorker(requester);
    const id = await register('run-changing', { retention: { policy: 'scheduled', retainHours: 0 } });
    const dir = writeRun('run-changing', { 'y.raw': 'first' });
    await until(id, (a) => a.state === 'sync_queued', 'sync_queued');
    fs.appendFileSync(path.join(dir, 'y.raw'), ' and more');
    const halted = await until(id, (a) => a.error !== null, 'halted');
    expect(halted.error.code).toBe('AcquisitionFilesChanged');
    expect(halted.error.detail).toMatch(/changed after complete/);
    open();
    await requester.idle();
    await worker.get(AcquisitionWorker).rescan();
    const after = await acquisition(id);
    expect(after.state).toBe('sync_queued');
    expect(fs.existsSync(path.join(dir, 'y.raw'))).toBe(true);
    await worker.close();
    workers.splice(workers.indexOf(worker), 1);
  });

  it('a worker stopped mid-way and another started converge: one dataset, one target copy, one entry per state', async () => {
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    // The operation side outlives the worker: both workers ask the same requester.
    const requester = copyingRequester({ gate });
    const first = await startWorker(requester);
    const id = await register('run-restart', { retention: { policy: 'scheduled', retainHours: 0 } });
    writeRun('run-restart', { 'z.raw': 'zzz' });
    await until(id, (a) => a.state === 'sync_queued', 'sync_queued');
    await first.close();
    workers.splice(workers.indexOf(first), 1);
    open();
    const second = await startWorker(requester, { host: 'edge-test-2' });
    const done = await until(id, (a) => a.stagingRemoved, 'staging removed by the second worker');
    expect(done.history.map((h: { state: string }) => h.state)).toEqual([
      'staging',
      'complete',
      'sync_queued',
      'sync_verified',
      'cleared',
    ]);
    expect(done.history[3].host).toBe('edge-test-2');
    expect(requester.requests).toHaveLength(1);
    const copies = (await operator.get(`/v1/datasets/${done.datasetId}/distributions`)).body.items;
    expect(copies.filter((c: { tierId: string }) => c.tierId === nasTierId)).toHaveLength(1);
    await api.drain();
    const datasets = (await operator.get('/v1/datasets?limit=100')).body.items.filter(
      (d: { intent: string }) => d.intent === `acquisition ${id}`,
    );
    expect(datasets).toHaveLength(1);
    await second.close();
    workers.splice(workers.indexOf(second), 1);
  });

  it('drives only acquisitions that name a target tier, on the tiers it serves', async () => {
    const worker = await startWorker(copyingRequester(), { tiers: { kind: 'listed', names: ['nas'] } });
    const unserved = await register('run-unserved', {});
    const untargeted = (
      await operator.post('/v1/acquisitions', { tierId: stagingTierId, path: 'run-untargeted', runKind: 'test' })
    ).body.acquisitionId;
    writeRun('run-unserved', { 'u.raw': 'u' });
    writeRun('run-untargeted', { 'v.raw': 'v' });
    await worker.get(AcquisitionWorker).rescan();
    expect((await acquisition(unserved)).state).toBe('staging');
    await worker.close();
    workers.splice(workers.indexOf(worker), 1);
    const served = await startWorker(copyingRequester(), { tiers: { kind: 'listed', names: ['detector-local'] } });
    await until(unserved, (a) => a.state === 'sync_verified', 'served by name');
    await served.get(AcquisitionWorker).rescan();
    expect((await acquisition(untargeted)).state).toBe('staging');
    await served.close();
    workers.splice(workers.indexOf(served), 1);
  });
});
