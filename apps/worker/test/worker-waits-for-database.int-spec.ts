import { AddressInfo, Server, Socket, createServer, connect } from 'node:net';
import { AppProcess, TestDatabase, createTestDatabase, freePort, startAppProcess } from '@custody/platform/testing';
import { contextPersistence } from '../src/contexts';

/**
 * Issue 17's unexpected exit: a worker (re)started while PostgreSQL restarts used to exit at once (ECONNREFUSED
 * from its first connection), leaving its host without a worker until something started it again. It now waits for
 * the database. Between the worker and the real test database sits a TCP gate that cuts the first connections, as a
 * server going down does, and then passes the bytes through.
 */
describe('worker: started while PostgreSQL is away', () => {
  jest.setTimeout(120_000);
  let database: TestDatabase;
  let gate: Server;
  let app: AppProcess | undefined;
  const sockets = new Set<Socket>();

  beforeAll(async () => {
    database = await createTestDatabase(contextPersistence);
  });

  afterAll(async () => {
    if (app && app.child.exitCode === null) app.child.kill('SIGKILL');
    sockets.forEach((s) => s.destroy());
    await new Promise((resolve) => gate?.close(resolve));
    await database.drop();
  });

  it('waits for the database and then serves, instead of exiting', async () => {
    const target = new URL(database.url);
    const refusals = 3;
    let connections = 0;
    gate = createServer((client) => {
      sockets.add(client);
      client.on('close', () => sockets.delete(client));
      // PostgreSQL restarting: the connection is cut before any answer.
      if (++connections <= refusals) return void client.destroy();
      const upstream = connect(Number(target.port), target.hostname);
      sockets.add(upstream);
      upstream.on('close', () => sockets.delete(upstream));
      client.pipe(upstream).pipe(client);
      client.on('error', () => upstream.destroy());
      upstream.on('error', () => client.destroy());
    });
    await new Promise<void>((resolve) => gate.listen(0, '127.0.0.1', resolve));
    const gated = new URL(database.url);
    gated.hostname = '127.0.0.1';
    gated.port = String((gate.address() as AddressInfo).port);
    const metricsPort = await freePort();

    app = await startAppProcess('apps/worker/src/main.ts', {
      inheritEnv: false,
      env: {
        PATH: process.env.PATH,
        DATABASE_URL: gated.toString(),
        HOST: '127.0.0.1',
        CUSTODY_WORKER_METRICS_PORT: String(metricsPort),
        CUSTODY_LOG_LEVEL: 'info',
      },
      readyUrl: `http://127.0.0.1:${metricsPort}/metrics`,
    });

    expect(connections).toBeGreaterThan(refusals);
    const output = app.stdout() + app.stderr();
    expect(output).toContain('PostgreSQL is not reachable');
    expect(output).toContain('custody worker running');
    app.child.kill('SIGTERM');
    expect(await app.exited).toBe(0);
  });
});
