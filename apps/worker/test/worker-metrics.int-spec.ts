import { ChildProcess, spawn } from 'node:child_process';
import { AddressInfo, createServer } from 'node:net';
import * as path from 'node:path';
import { TestDatabase, createTestDatabase } from '@custody/platform/testing';
import { contextPersistence } from '../src/contexts';

const REPO = path.resolve(__dirname, '../../..');

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The worker process as an edge host runs it: its metrics on CUSTODY_WORKER_METRICS_PORT, stopped by Ctrl-C. */
describe('worker: metrics on its own port', () => {
  jest.setTimeout(120_000);
  let database: TestDatabase;
  let child: ChildProcess;
  let stderr = '';
  let stdout = '';
  let exit: Promise<number | null>;
  let metricsUrl: string;

  beforeAll(async () => {
    database = await createTestDatabase(contextPersistence);
    const port = await freePort();
    metricsUrl = `http://127.0.0.1:${port}`;
    child = spawn(process.execPath, ['-r', './tools/register.js', 'apps/worker/src/main.ts'], {
      cwd: REPO,
      env: {
        PATH: process.env.PATH,
        DATABASE_URL: database.url,
        HOST: '127.0.0.1',
        CUSTODY_WORKER_METRICS_PORT: String(port),
        CUSTODY_LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (chunk) => (stdout += chunk));
    child.stderr!.on('data', (chunk) => (stderr += chunk));
    exit = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
    for (let attempt = 0; ; attempt += 1) {
      const res = await fetch(`${metricsUrl}/metrics`).catch(() => undefined);
      if (res?.ok) break;
      if (attempt > 600 || child.exitCode !== null) throw new Error(`the worker did not start:\n${stdout}\n${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });

  afterAll(async () => {
    if (child.exitCode === null) child.kill('SIGKILL');
    await database.drop();
  });

  it('serves Prometheus text with the lag of every projection, only at GET /metrics, and stops cleanly', async () => {
    const res = await fetch(`${metricsUrl}/metrics`);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    expect(text).toMatch(/custody_projection_lag_events\{projection="asset_summary"} \d+/);
    expect(text).toMatch(/custody_projection_lag_seconds\{projection="data_dataset_summary"} \d+/);
    expect(text).toContain('# TYPE custody_commands_total counter');
    expect((await fetch(`${metricsUrl}/v1/assets`)).status).toBe(404);
    child.kill('SIGINT');
    expect(await exit).toBe(0);
    expect(stderr).not.toMatch(/Warning|Error|\(node:/);
    expect(stdout).not.toMatch(/"level":(40|50)/);
  });
});
