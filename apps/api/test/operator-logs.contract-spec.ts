import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { AppProcess, TestDatabase, createTestDatabase, freePort, startAppProcess } from '@custody/platform/testing';
import { contextPersistence } from '../src/contexts';

const TOKEN = 'operator-logs-admin-token-0123456789';

type LogLine = Record<string, any>;

/** The API as an operator runs it (`npm run start:api`), its output read as JSON lines, stopped with Ctrl-C. */
describe('operator logs: what the API process prints', () => {
  jest.setTimeout(120_000);
  let database: TestDatabase;
  let app: AppProcess;
  let baseUrl: string;
  let dataDir: string;

  beforeAll(async () => {
    database = await createTestDatabase(contextPersistence);
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'custody-logs-'));
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    app = await startAppProcess('apps/api/src/main.ts', {
      inheritEnv: false,
      env: {
        PATH: process.env.PATH,
        DATABASE_URL: database.url,
        PORT: String(port),
        HOST: '127.0.0.1',
        CUSTODY_DATA_DIR: dataDir,
        CUSTODY_ADMIN_TOKEN: TOKEN,
        CUSTODY_LOG_LEVEL: 'info',
      },
      readyUrl: `${baseUrl}/health/live`,
    });
  });

  afterAll(async () => {
    if (app && app.child.exitCode === null) app.child.kill('SIGKILL');
    await database.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const call = (method: string, route: string, headers: Record<string, string> = {}, body?: unknown) =>
    fetch(`${baseUrl}${route}`, {
      method,
      headers: {
        authorization: `Bearer ${TOKEN}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  it('echoes a valid X-Request-Id, replaces an invalid one, logs who did what, and stops cleanly on Ctrl-C', async () => {
    const created = await call('POST', '/v1/families', { 'x-request-id': 'probe-families-1' }, { name: 'Logged' });
    expect(created.status).toBe(201);
    expect(created.headers.get('x-request-id')).toBe('probe-families-1');
    for (const invalid of ['has space', 'x'.repeat(129), 'tab\tin']) {
      const res = await call('GET', '/v1/families', { 'x-request-id': invalid });
      expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    }
    const fresh = await call('GET', '/v1/families');
    expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const missing = await call('GET', '/v1/assets/00000000-0000-0000-0000-000000000042', {
      'x-request-id': 'probe-missing-1',
    });
    expect(missing.status).toBe(404);
    const mcp = await call(
      'POST',
      '/mcp',
      { 'x-request-id': 'probe-mcp-1', accept: 'application/json, text/event-stream' },
      { jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'list_families', arguments: {} } },
    );
    expect(mcp.status).toBe(200);

    app.child.kill('SIGINT');
    expect(await app.exited).toBe(0);
    const lines: LogLine[] = app
      .stdout()
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l));
    const byRequest = (id: string) => lines.filter((l) => l.reqId === id);

    const familyLine = byRequest('probe-families-1').find((l) => l.res);
    expect(familyLine).toMatchObject({
      status: 201,
      route: 'POST /v1/families',
      principal: expect.stringContaining('admin'),
    });
    expect(JSON.stringify(familyLine)).not.toContain(TOKEN);
    expect(byRequest('probe-missing-1').find((l) => l.res)).toMatchObject({
      status: 404,
      errorCode: 'AssetNotFound',
      route: 'GET /v1/assets/:id',
    });
    expect(byRequest('probe-mcp-1').find((l) => l.res)).toMatchObject({ tool: 'list_families', status: 200 });
    // Start-up chatter is debug: no "Mapped {…} route" line at info.
    expect(lines.filter((l) => l.level >= 30 && /Mapped \{/.test(String(l.msg)))).toEqual([]);
    expect(app.stderr()).not.toMatch(/Warning|Error|\(node:/);
    expect(app.stdout()).not.toContain(TOKEN);
    // The sample an operator sees, for the record.
    process.stdout.write(`${JSON.stringify(familyLine)}\n`);
  });
});
