import { ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { TestDatabase, createTestDatabase, freePort, startAppProcess } from '@custody/platform/testing';
import { contextPersistence } from '../../src/contexts';

/**
 * The real API as its own process on its own database and data folder, so a crash spec can kill it -9 and start
 * it again on the same state. Registers its own beforeAll/afterAll; call it at the top of a describe.
 */
export interface CrashableApi {
  readonly database: TestDatabase;
  readonly dataDir: string;
  readonly port: number;
  readonly baseUrl: string;
  start(): Promise<void>;
  kill9(): Promise<void>;
}

export function crashableApi(options: { adminToken: string; dataDirPrefix: string; env?: Record<string, string> }) {
  let database: TestDatabase | undefined;
  let dataDir: string | undefined;
  let env: Record<string, string> = {};
  let child: ChildProcess | undefined;
  const alive = () => child !== undefined && child.exitCode === null && child.signalCode === null;
  const kill9 = async () => {
    if (!alive()) return;
    const exited = new Promise((resolve) => child!.once('exit', resolve));
    child!.kill('SIGKILL');
    await exited;
  };

  beforeAll(async () => {
    database = await createTestDatabase(contextPersistence);
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), options.dataDirPrefix));
    env = {
      DATABASE_URL: database.url,
      CUSTODY_DATA_DIR: dataDir,
      PORT: String(await freePort()),
      HOST: '127.0.0.1',
      CUSTODY_ADMIN_TOKEN: options.adminToken,
      CUSTODY_LOG_LEVEL: 'error',
      ...options.env,
    };
  }, 60_000);
  afterAll(async () => {
    await kill9();
    await database?.drop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  const api: CrashableApi = {
    get database() {
      return database!;
    },
    get dataDir() {
      return dataDir!;
    },
    get port() {
      return Number(env.PORT);
    },
    get baseUrl() {
      return `http://127.0.0.1:${env.PORT}`;
    },
    async start() {
      const started = await startAppProcess('apps/api/src/main.ts', { env, readyUrl: `${api.baseUrl}/health/ready` });
      child = started.child;
    },
    kill9,
  };
  return api;
}
