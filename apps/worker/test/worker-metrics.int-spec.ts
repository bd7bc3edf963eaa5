import { AppProcess, TestDatabase, createTestDatabase, freePort, startAppProcess } from '@custody/platform/testing';
import { contextPersistence } from '../src/contexts';

/** The worker process as an edge host runs it: its metrics on CUSTODY_WORKER_METRICS_PORT, stopped by Ctrl-C. */
describe('worker: metrics on its own port', () => {
  jest.setTimeout(120_000);
  let database: TestDatabase;
  let app: AppProcess;
  let metricsUrl: string;

  beforeAll(async () => {
    database = await createTestDatabase(contextPersistence);
    const port = await freePort();
    metricsUrl = `http://127.0.0.1:${port}`;
    app = await startAppProcess('apps/worker/src/main.ts', {
      inheritEnv: false,
      env: {
        PATH: process.env.PATH,
        DATABASE_URL: database.url,
        HOST: '127.0.0.1',
        CUSTODY_WORKER_METRICS_PORT: String(port),
        CUSTODY_LOG_LEVEL: 'info',
      },
      readyUrl: `${metricsUrl}/metrics`,
    });
  });

  afterAll(async () => {
    if (app && app.child.exitCode === null) app.child.kill('SIGKILL');
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
    app.child.kill('SIGINT');
    expect(await app.exited).toBe(0);
    expect(app.stderr()).not.toMatch(/Warning|Error|\(node:/);
    expect(app.stdout()).not.toMatch(/"level":(40|50)/);
  });
});
