import { ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { AddressInfo, createServer } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { TestDatabase, createTestDatabase } from '@custody/platform/testing';
import { contextPersistence } from '../src/contexts';

const REPO = path.resolve(__dirname, '../../..');
const TOKEN = 'operator-logs-admin-token-0123456789';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

type LogLine = Record<string, any>;

/** The API as an operator runs it (`npm run start:api`), its output read as JSON lines, stopped with Ctrl-C. */
describe('operator logs: what the API process prints', () => {
  jest.setTimeout(120_000);
  let database: TestDatabase;
  let child: ChildProcess;
  let stdout = '';
  let stderr = '';
  let baseUrl: string;
  let dataDir: string;
  let exit: Promise<number | null>;

  beforeAll(async () => {
    database = await createTestDatabase(contextPersistence);
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'custody-logs-'));
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    child = spawn(process.execPath, ['-r', './tools/register.js', 'apps/api/src/main.ts'], {
      cwd: REPO,
      env: {
        PATH: process.env.PATH,
        DATABASE_URL: database.url,
        PORT: String(port),
        HOST: '127.0.0.1',
        CUSTODY_DATA_DIR: dataDir,
        CUSTODY_ADMIN_TOKEN: TOKEN,
        CUSTODY_LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (chunk) => (stdout += chunk));
    child.stderr!.on('data', (chunk) => (stderr += chunk));
    exit = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
    for (let attempt = 0; ; attempt += 1) {
      const live = await fetch(`${baseUrl}/health/live`).catch(() => undefined);
      if (live?.ok) break;
      if (attempt > 600 || child.exitCode !== null) throw new Error(`the API did not start:\n${stdout}\n${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });

  afterAll(async () => {
    if (child.exitCode === null) child.kill('SIGKILL');
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

    child.kill('SIGINT');
    expect(await exit).toBe(0);
    const lines: LogLine[] = stdout
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
    expect(stderr).not.toMatch(/Warning|Error|\(node:/);
    expect(stdout).not.toContain(TOKEN);
    // The sample an operator sees, for the record.
    process.stdout.write(`${JSON.stringify(familyLine)}\n`);
  });
});
