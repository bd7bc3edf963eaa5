import { HttpClient } from '@custody/platform/testing';
import { TestApi, startTestApi } from './support/test-api';

/** Starting an app on a fresh database can take well over Jest's default 5 s on a busy machine. */
const API_HOOK_TIMEOUT_MS = 60_000;
// The same for each test: they talk to a real API and PostgreSQL on a shared 2-core machine.
jest.setTimeout(30_000);

describe('principals: list, get, rotate-token, disable, LastAdmin; failed-auth rate limit', () => {
  let api: TestApi;
  let admin: HttpClient;

  beforeAll(async () => {
    api = await startTestApi();
    admin = api.admin;
  }, API_HOOK_TIMEOUT_MS);
  afterAll(() => api.close(), API_HOOK_TIMEOUT_MS);

  const create = async (name: string, roles: string[]) => {
    const res = await admin.post('/v1/principals', { name, roles });
    expect(res.status).toBe(201);
    return res.body as { principalId: string; token: string };
  };

  it('lists principals page by page without tokens, and gets one', async () => {
    const made = [await create('p-one', ['reader']), await create('p-two', ['operator'])];
    const first = await admin.get('/v1/principals?limit=2');
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('no-store');
    expect(first.body.items).toHaveLength(2);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await admin.get(`/v1/principals?limit=2&cursor=${first.body.nextCursor}`);
    const all = [...first.body.items, ...second.body.items];
    expect(all.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['admin', 'p-one', 'p-two']));
    expect(JSON.stringify(all)).not.toMatch(/token|cus_/);

    const one = await admin.get(`/v1/principals/${made[1].principalId}`);
    expect(one.body).toEqual({
      principalId: made[1].principalId,
      name: 'p-two',
      roles: ['operator'],
      groups: [],
      enabled: true,
      createdAt: expect.stringMatching(/Z$/),
    });
    expect((await admin.get('/v1/principals/0190a000-0000-7000-8000-00000000ffff')).body.code).toBe(
      'PrincipalNotFound',
    );
    expect((await admin.get('/v1/principals/not-a-uuid')).status).toBe(400);
    // /me still answers the caller (not shadowed by /{principalId}).
    expect((await admin.get('/v1/principals/me')).body.name).toBe('admin');
  });

  it('is admin-only', async () => {
    const operator = await api.as(['operator']);
    expect((await operator.get('/v1/principals')).status).toBe(403);
    const { principalId } = await create('target-403', ['reader']);
    expect((await operator.post(`/v1/principals/${principalId}/disable`)).status).toBe(403);
    expect((await operator.post(`/v1/principals/${principalId}/rotate-token`)).status).toBe(403);
  });

  it('rotates a token: the new one works, the old one stops at once', async () => {
    const { principalId, token } = await create('rotating', ['reader']);
    const rotated = await admin.post(`/v1/principals/${principalId}/rotate-token`);
    expect(rotated.status).toBe(201);
    expect(rotated.headers.get('cache-control')).toBe('no-store');
    expect(rotated.body.token).toMatch(/^cus_/);
    expect((await admin.as(token).get('/v1/principals/me')).status).toBe(401);
    expect((await admin.as(rotated.body.token).get('/v1/principals/me')).body.principalId).toBe(principalId);
  });

  it('disables a principal: its token answers 401 from then on; twice changes nothing', async () => {
    const { principalId, token } = await create('disabled-one', ['operator']);
    expect((await admin.post(`/v1/principals/${principalId}/disable`)).status).toBe(204);
    expect((await admin.as(token).get('/v1/principals/me')).status).toBe(401);
    expect((await admin.post(`/v1/principals/${principalId}/disable`)).status).toBe(204);
    expect((await admin.get(`/v1/principals/${principalId}`)).body.enabled).toBe(false);
    expect((await admin.post(`/v1/principals/${principalId}/rotate-token`)).body.code).toBe('PrincipalDisabled');
    const missing = await admin.post('/v1/principals/0190a000-0000-7000-8000-00000000fffe/disable');
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('PrincipalNotFound');
  });

  it('offers the same over MCP', async () => {
    const client = await api.mcp();
    const { principalId } = await create('mcp-target', ['reader']);
    const tools = (await client.listTools()).tools.map((t) => t.name);
    expect(tools).toEqual(
      expect.arrayContaining(['list_principals', 'get_principal', 'rotate_principal_token', 'disable_principal']),
    );
    const got = await client.callTool({ name: 'get_principal', arguments: { principalId } });
    expect(got.structuredContent).toMatchObject({ principalId, name: 'mcp-target', enabled: true });
    const rotated = await client.callTool({ name: 'rotate_principal_token', arguments: { principalId } });
    expect((rotated.structuredContent as { token: string }).token).toMatch(/^cus_/);
    const disabled = await client.callTool({ name: 'disable_principal', arguments: { principalId } });
    expect(disabled.isError).toBeFalsy();
    const listed = await client.callTool({ name: 'list_principals', arguments: { limit: 100 } });
    expect(JSON.stringify(listed.structuredContent)).toContain(principalId);
  });

  // Last of its block: the bootstrap admin may be the one disabled.
  it('never disables the last enabled admin, even when two admins disable each other at once', async () => {
    const second = await create('second-admin', ['admin']);
    const me = (await admin.get('/v1/principals/me')).body.principalId as string;
    const results = await Promise.all([
      admin.post(`/v1/principals/${second.principalId}/disable`),
      admin.as(second.token).post(`/v1/principals/${me}/disable`),
    ]);
    // One wins. The other is refused by the last-admin rule (409), or, when the winner committed before it was
    // even authenticated, its caller is already disabled (401): either way it changes nothing.
    const statuses = results.map((r) => r.status).sort();
    expect(statuses[0]).toBe(204);
    const loser = results.find((r) => r.status !== 204)!;
    expect([401, 409]).toContain(loser.status);
    if (loser.status === 409) expect(loser.body.code).toBe('LastAdmin');
    const list = await (results[0].status === 204 ? admin : admin.as(second.token)).get('/v1/principals?limit=100');
    const enabledAdmins = (list.body.items as { roles: string[]; enabled: boolean }[]).filter(
      (p) => p.enabled && p.roles.includes('admin'),
    );
    expect(enabledAdmins).toHaveLength(1);
  });
});

describe('failed authentication is rate limited per client address', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  }, API_HOOK_TIMEOUT_MS);
  afterAll(() => api.close(), API_HOOK_TIMEOUT_MS);

  it('answers 429 with Retry-After past 20 wrong tokens a minute, while a valid token keeps working', async () => {
    const admin = api.admin;
    const wrong = admin.as('cus_wrong-token-guess');
    const statuses: number[] = [];
    for (let i = 0; i < 25; i++) statuses.push((await wrong.get('/v1/families')).status);
    expect(statuses.slice(0, 20)).toEqual(Array(20).fill(401));
    expect(statuses.slice(20)).toEqual(Array(5).fill(429));
    const limited = await wrong.get('/v1/families');
    expect(limited.body.code).toBe('TooManyRequests');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await admin.get('/v1/families')).status).toBe(200);
    // A missing token guesses nothing and is still a plain 401.
    expect((await api.anonymous.get('/v1/families')).status).toBe(401);
  });
});
