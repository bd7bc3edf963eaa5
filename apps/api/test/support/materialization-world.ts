import 'reflect-metadata';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TransferPorts } from '@custody/operation';
import { HttpClient } from '@custody/platform/testing';
import { loadConfig } from '@custody/platform';
import { WorkerModule } from '../../../worker/src/worker.module';
import { TestApi, startTestApi } from './test-api';

/** Short leases and quick polling, so the job's waits in a test are tenths of seconds. */
export const FAST_JOBS: Record<string, string> = {
  CUSTODY_TRANSFER_LEASE_SECONDS: '6',
  CUSTODY_JOB_MAINTENANCE_SECONDS: '1',
  CUSTODY_JOB_POLL_SECONDS: '0.5',
  CUSTODY_TRANSFER_RETRY_DELAY_SECONDS: '1',
  CUSTODY_TRANSFER_POLL_MAX_MS: '300',
};

export interface MaterializationWorld {
  readonly api: TestApi;
  readonly admin: HttpClient;
  readonly tmp: string;
  readonly sourceRoot: string;
  readonly targetRoot: string;
  readonly sourceTierId: string;
  readonly targetTierId: string;
  /** Registers a dataset with a Verified copy at `relativePath` on the source tier. */
  verifiedDataset(relativePath: string, bytes?: Buffer): Promise<{ datasetId: string; distributionId: string }>;
  startWorker(ports?: TransferPorts, env?: Record<string, string>): Promise<INestApplicationContext>;
  close(): Promise<void>;
}

/** The API on a fresh database, two file tiers in a temp folder, and (once started) a worker on the same database. */
export async function startMaterializationWorld(env: Record<string, string> = {}): Promise<MaterializationWorld> {
  const api = await startTestApi({ ...FAST_JOBS, ...env });
  const tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'custody-materialize-')));
  fs.chmodSync(tmp, 0o755);
  const sourceRoot = path.join(tmp, 'detector');
  const targetRoot = path.join(tmp, 'analysis');
  fs.mkdirSync(sourceRoot);
  fs.mkdirSync(targetRoot);
  const admin = api.admin;
  const tier = async (name: string, root: string) => {
    const res = await admin.post('/v1/tiers', { name, accessProtocol: 'file', rootUri: `file://${root}` });
    if (res.status !== 201) throw new Error(`tier: ${res.status} ${res.text}`);
    return res.body.tierId as string;
  };
  const sourceTierId = await tier('detector', sourceRoot);
  const targetTierId = await tier('analysis', targetRoot);
  const workers: INestApplicationContext[] = [];
  const { createHash } = await import('node:crypto');
  return {
    api,
    admin,
    tmp,
    sourceRoot,
    targetRoot,
    sourceTierId,
    targetTierId,
    async verifiedDataset(relativePath, bytes = Buffer.from(`bytes of ${relativePath}\n`)) {
      const file = path.join(sourceRoot, relativePath);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, bytes);
      const checksum = { algorithm: 'sha256', value: createHash('sha256').update(bytes).digest('hex') };
      const dataset = await admin.post('/v1/datasets', { title: relativePath, checksum, byteSize: bytes.length });
      if (dataset.status !== 201) throw new Error(`dataset: ${dataset.status} ${dataset.text}`);
      const datasetId = dataset.body.datasetId as string;
      const copy = await admin.post('/v1/distributions', {
        datasetId,
        tierId: sourceTierId,
        uri: relativePath,
        checksum,
        byteSize: bytes.length,
      });
      if (copy.status !== 201) throw new Error(`distribution: ${copy.status} ${copy.text}`);
      const distributionId = copy.body.distributionId as string;
      const attested = await admin.post(`/v1/distributions/${distributionId}/attestations`, {});
      if (attested.body?.outcome !== 'Match') throw new Error(`attestation: ${attested.status} ${attested.text}`);
      return { datasetId, distributionId };
    },
    async startWorker(ports, workerEnv = {}) {
      const config = loadConfig({
        CUSTODY_DATA_DIR: path.join(tmp, 'worker'),
        CUSTODY_LOG_LEVEL: 'silent',
        ...FAST_JOBS,
        ...env,
        ...workerEnv,
      });
      const worker = await NestFactory.createApplicationContext(
        WorkerModule.forRoot(config, api.databaseUrl, ports ? { transferPorts: ports } : {}),
        { logger: false },
      );
      workers.push(worker);
      await worker.init();
      return worker;
    },
    async close() {
      for (const w of workers) await w.close().catch(() => undefined);
      await api.close();
      fs.rmSync(tmp, { recursive: true, force: true });
    },
  };
}

/** Polls a read until it satisfies `done` (the job runs in another process's time; there is no event to drain). */
export async function eventually<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`still not done after ${timeoutMs} ms: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
