import { TestDatabase, createTestDatabase } from '@custody/platform/testing';
import * as net from 'node:net';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createDataSource } from '../database/data-source';
import { isDatabaseUnavailable, toProblem } from './problem';

const DATABASE_HOOK_TIMEOUT_MS = 30_000;

async function failureOf(action: () => Promise<unknown>): Promise<unknown> {
  try {
    await action();
  } catch (error) {
    return error;
  }
  throw new Error('expected the action to fail');
}

/**
 * Found by the scale harness (tools/scale): a request caught by a PostgreSQL fast restart answered 500. A lost
 * database connection is not a bug of the request: it is a 503 DatabaseUnavailable the client may retry. These
 * errors come from a real server cutting a real session, not from hand-made objects.
 */
describe('problem of a lost database connection', () => {
  let db: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = createDataSource(db.url, [], 2);
    await dataSource.initialize();
  }, DATABASE_HOOK_TIMEOUT_MS);

  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  }, DATABASE_HOOK_TIMEOUT_MS);

  it('a session terminated by the server (as a fast shutdown does) is 503 DatabaseUnavailable', async () => {
    const runner = dataSource.createQueryRunner();
    await runner.connect();
    const [{ pid }] = (await runner.query('SELECT pg_backend_pid() AS pid')) as { pid: number }[];
    const admin = new Client({ connectionString: db.url });
    await admin.connect();
    try {
      const pending = failureOf(() => runner.query('SELECT pg_sleep(10)'));
      await new Promise((r) => setTimeout(r, 200));
      await admin.query('SELECT pg_terminate_backend($1)', [pid]);
      const error = await pending;
      expect(isDatabaseUnavailable(error)).toBe(true);
      expect(toProblem(error)).toMatchObject({ status: 503, code: 'DatabaseUnavailable' });
    } finally {
      await admin.end();
      await runner.release().catch(() => undefined);
    }
  });

  it('a further query on a runner whose session the server cut (TypeORM has released it) is 503 too', async () => {
    const runner = dataSource.createQueryRunner();
    await runner.connect();
    const [{ pid }] = await runner.query('SELECT pg_backend_pid() AS pid');
    const admin = new Client({ connectionString: db.url });
    await admin.connect();
    await admin.query('SELECT pg_terminate_backend($1)', [pid]);
    await admin.end();
    await failureOf(() => runner.query('SELECT 1'));
    const again = await failureOf(() => runner.manager.query('SELECT 1'));
    expect(isDatabaseUnavailable(again)).toBe(true);
    expect(toProblem(again)).toMatchObject({ status: 503, code: 'DatabaseUnavailable' });
    await runner.release().catch(() => undefined);
  });

  it('a server that refuses connections is 503 too', async () => {
    const closedPort = await new Promise<number>((resolve) => {
      const server = net.createServer().listen(0, '127.0.0.1', () => {
        const { port } = server.address() as net.AddressInfo;
        server.close(() => resolve(port));
      });
    });
    const client = new Client({ host: '127.0.0.1', port: closedPort, user: 'x', database: 'x' });
    const error = await failureOf(() => client.connect());
    expect(toProblem(error)).toMatchObject({ status: 503, code: 'DatabaseUnavailable' });
  });

  it('a query the database rejects stays a 500 (a bug of ours, not an outage)', async () => {
    const error = await failureOf(() => dataSource.query('SELEC 1'));
    expect(isDatabaseUnavailable(error)).toBe(false);
    expect(toProblem(error)).toMatchObject({ status: 500, code: 'InternalError' });
  });
});
