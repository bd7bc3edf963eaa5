import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { HttpClient } from '@custody/platform/testing';
import { TestApi, startTestApi } from './support/test-api';

/** Starting an app on a fresh database can take well over Jest's default 5 s on a busy machine. */
const API_HOOK_TIMEOUT_MS = 60_000;
// The same for each test: they talk to a real API and PostgreSQL on a shared 2-core machine.
jest.setTimeout(30_000);

const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

describe('tiers are infrastructure: admin-only, no credentials or "..", an allowlist, no private https targets', () => {
  let api: TestApi;
  let operator: HttpClient;
  let tmp: string;
  let allowed: string;
  let server: http.Server;
  let requests = 0;
  let loopbackRoot: string;

  beforeAll(async () => {
    tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'custody-tier-guard-')));
    allowed = path.join(tmp, 'allowed');
    fs.mkdirSync(path.join(allowed, 'fast'), { recursive: true });
    api = await startTestApi({ CUSTODY_FILE_TIER_ROOTS: `${allowed}:/nonexistent/other` });
    operator = await api.as(['operator']);
    server = http.createServer((_req, res) => {
      requests += 1;
      res.end('secret from loopback');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    loopbackRoot = `http://127.0.0.1:${(server.address() as AddressInfo).port}/pub`;
  }, API_HOOK_TIMEOUT_MS);
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await api.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }, API_HOOK_TIMEOUT_MS);

  it('lets only an admin register or change a tier (REST and MCP)', async () => {
    const body = { name: 'op-tier', accessProtocol: 'file', rootUri: path.join(allowed, 'fast') };
    const refused = await operator.post('/v1/tiers', body);
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('Forbidden');
    const created = await api.admin.post('/v1/tiers', body);
    expect(created.status).toBe(201);
    expect((await operator.patch(`/v1/tiers/${created.body.tierId}`, { reachable: false })).status).toBe(403);
    expect((await operator.get(`/v1/tiers/${created.body.tierId}`)).status).toBe(200);

    const mcp = await api.mcp(operator.token);
    const viaMcp = await mcp
      .callTool({ name: 'register_tier', arguments: { ...body, name: 'op-mcp' } })
      .catch((error: unknown) => ({ isError: true, rpcError: String(error) }));
    expect(viaMcp.isError).toBe(true);
  });

  it('refuses a rootUri with credentials or ".." segments with 400', async () => {
    for (const rootUri of [
      'https://user:pw@example.org/data',
      's3://key:secret@bucket/raw',
      'globus://someone@endpoint/path',
      `${allowed}/fast/../../etc`,
      'https://example.org/a/%2e%2e/b',
    ]) {
      const accessProtocol = rootUri.startsWith('/') ? 'file' : rootUri.split(':')[0].replace('https', 'https');
      const res = await api.admin.post('/v1/tiers', { name: `bad-${rootUri}`, accessProtocol, rootUri });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('ValidationFailed');
      expect(res.body.errors).toEqual([expect.objectContaining({ path: 'rootUri' })]);
    }
  });

  it('refuses a file tier outside CUSTODY_FILE_TIER_ROOTS (so /etc cannot be hashed through a tier)', async () => {
    for (const rootUri of ['/etc', 'file:///', `${allowed}-sibling`, tmp]) {
      const res = await api.admin.post('/v1/tiers', { name: `outside-${rootUri}`, accessProtocol: 'file', rootUri });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ path: 'rootUri' })]);
    }
    for (const rootUri of [allowed, `file://${allowed}/fast`]) {
      expect(
        (await api.admin.post('/v1/tiers', { name: `inside-${rootUri}`, accessProtocol: 'file', rootUri })).status,
      ).toBe(201);
    }
  });

  it('never reads an https copy from loopback: the attestation is Unreachable and no request is made', async () => {
    const tier = await api.admin.post('/v1/tiers', {
      name: 'loopback-web',
      accessProtocol: 'https',
      rootUri: loopbackRoot,
    });
    expect(tier.status).toBe(201);
    const body = 'secret from loopback';
    const checksum = { algorithm: 'sha256', value: sha256(body) };
    const { datasetId } = (await operator.post('/v1/datasets', { title: 'ssrf', checksum, byteSize: body.length }))
      .body;
    const distribution = await operator.post('/v1/distributions', {
      datasetId,
      tierId: tier.body.tierId,
      uri: 'secret.txt',
      checksum,
      byteSize: body.length,
    });
    expect(distribution.status).toBe(201);
    const attested = await operator.post(`/v1/distributions/${distribution.body.distributionId}/attestations`, {});
    expect(attested.status).toBe(201);
    expect(attested.body.outcome).toBe('Unreachable');
    expect(requests).toBe(0);
    const got = await operator.get(`/v1/distributions/${distribution.body.distributionId}`);
    expect(got.body.lastAttestation.detail).toMatch(/private address/);
  });
});
