import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { FakeGlobus, startFakeGlobus } from '../../../../../tools/fake-globus';
import { folderTier, newBase, newFolder } from '../testing/file-tier-fixture';
import { TierFixture, describeTransferPort, observeUntil } from '../transfer-port.contract';
import { checksumOf, sha256Hex } from '../tree-digest';
import { TransferRequest } from '../transfer.port';
import { GlobusTransferPort } from './globus-transfer-port';

const credentials = { clientId: 'custody-test-client', clientSecret: 'a-client-secret-for-the-fake' };
let fake: FakeGlobus;
let base: string;

beforeAll(async () => {
  base = await newBase('custody-globus-transfer');
  fake = await startFakeGlobus({ ...credentials, pageSize: 2 });
});
afterAll(async () => {
  await fake.close();
  await fs.rm(base, { recursive: true, force: true });
});

function portOver(stateDir: string, overrides: Partial<ConstructorParameters<typeof GlobusTransferPort>[0]> = {}) {
  return new GlobusTransferPort({
    ...credentials,
    authUrl: fake.authUrl,
    transferUrl: fake.transferUrl,
    stateDir,
    pollMinMs: 10,
    pollMaxMs: 100,
    ...overrides,
  });
}

async function collectionTier(switches: { offline?: boolean; denied?: boolean } = {}) {
  const folder = await newFolder(base);
  const uuid = randomUUID();
  fake.collections.set(uuid, { folder, ...switches });
  const tier = folderTier(path.join(folder, 'data'), (p) => ({
    tierId: `globus-${uuid.slice(0, 8)}`,
    accessProtocol: 'globus',
    rootUri: `globus://${uuid}/data`,
    path: p,
  }));
  return { tier, uuid, folder };
}

describeTransferPort('Globus Transfer API (against tools/fake-globus)', async () => {
  const stateDir = await newFolder(base);
  return {
    newPort: (options) => {
      fake.setBytesPerSecond(options?.slow ? 1024 * 1024 : undefined);
      return portOver(stateDir);
    },
    tier: async () => (await collectionTier()).tier,
    unreachableTier: async () => (await collectionTier({ offline: true })).tier,
    deniedTier: async () => (await collectionTier({ denied: true })).tier,
    failTargetFiles: async (target: TierFixture, paths) => {
      const { rootUri } = target.location('x');
      const uuid = rootUri.slice('globus://'.length, rootUri.indexOf('/', 'globus://'.length));
      for (const p of paths) fake.failPath(uuid, `/data/${p}`);
    },
    measuresCopy: true,
  };
});

describe('Globus adapter: the protocol details', () => {
  let stateDir: string;
  beforeEach(async () => {
    stateDir = await newFolder(base);
    fake.setBytesPerSecond(undefined);
    fake.requests.length = 0;
  });

  async function fileRequest(content: string, options: { key?: string } = {}) {
    const source = await collectionTier();
    const target = await collectionTier();
    await source.tier.write('run/f.bin', Buffer.from(content));
    const request: TransferRequest = {
      idempotencyKey: options.key ?? randomUUID(),
      source: source.tier.location('run/f.bin'),
      target: target.tier.location('run/f.bin'),
      kind: 'file',
      expected: checksumOf('file', [{ path: '', sha256: sha256Hex(content), size: Buffer.byteLength(content) }]),
    };
    return { request, source, target };
  }

  const calls = (method: string, pattern: RegExp) =>
    fake.requests.filter((r) => r.method === method && pattern.test(r.path)).length;

  it('obtains and stores the submission id before submitting; a resubmission after a crash is the same task', async () => {
    const { request } = await fileRequest('submitted once');
    const first = portOver(stateDir);
    const handle = await first.begin(request);
    expect(handle.details?.submissionId).toEqual(expect.any(String));
    expect(calls('GET', /\/submission_id$/)).toBe(1);
    expect(calls('POST', /\/transfer$/)).toBe(0);
    expect((await first.observe(handle)).state).not.toBe('Failed');
    expect(calls('POST', /\/transfer$/)).toBe(1);
    const taskCount = fake.tasks.size;

    // A new process begins the same key again: the stored submission id, no new one, and Duplicate → same task.
    const second = portOver(stateDir);
    const again = await second.begin(request);
    expect(again.details?.submissionId).toBe(handle.details?.submissionId);
    expect(calls('GET', /\/submission_id$/)).toBe(1);
    const done = await observeUntil(second, again);
    expect(done.state).toBe('Succeeded');
    expect(calls('POST', /\/transfer$/)).toBe(2);
    expect(fake.tasks.size).toBe(taskCount);
    const task = [...fake.tasks.values()].find((t) => t.submission_id === handle.details?.submissionId);
    expect(task).toMatchObject({ verify_checksum: true, sync_level: 'checksum' });
  });

  it('INACTIVE is Suspended; it waits without busy polling (requests counted) and resumes when renewed', async () => {
    const { request, source } = await fileRequest('x'.repeat(600_000));
    fake.setBytesPerSecond(2 * 1024 * 1024);
    const port = portOver(stateDir, { pollMinMs: 20, pollMaxMs: 200 });
    const handle = await port.begin(request);
    await observeUntil(port, handle, (p) => p.state === 'Active');
    fake.collections.get(source.uuid)!.credentialsExpired = true;
    const suspended = await observeUntil(port, handle, (p) => p.state === 'Suspended');
    expect(suspended.failure?.code).toBe('TransferAccessDenied');

    const before = calls('GET', /^\/v0\.10\/task\/[^/]+$/);
    const until = Date.now() + 1000;
    let asked = 0;
    while (Date.now() < until) {
      expect((await port.observe(handle)).state).toBe('Suspended');
      asked++;
      await new Promise((resolve) => setImmediate(resolve));
    }
    const polled = calls('GET', /^\/v0\.10\/task\/[^/]+$/) - before;
    expect(asked).toBeGreaterThan(100);
    // 20 → 40 → 80 → 160 → 200 ms… ±20 %: about 7 polls in a second, never one per call.
    expect(polled).toBeGreaterThanOrEqual(3);
    expect(polled).toBeLessThanOrEqual(12);

    fake.collections.get(source.uuid)!.credentialsExpired = false;
    const done = await observeUntil(port, handle);
    expect(done.state).toBe('Succeeded');
  });

  it('renews its token when the Transfer API says it expired, and only then', async () => {
    const { request } = await fileRequest('token');
    const port = portOver(stateDir);
    const handle = await port.begin(request);
    expect(port.tokensIssued).toBe(1);
    await port.observe(handle);
    expect(port.tokensIssued).toBe(1);
    fake.expireTokens();
    const done = await observeUntil(port, handle);
    expect(done.state).toBe('Succeeded');
    expect(port.tokensIssued).toBe(2);
    expect(calls('POST', /\/v2\/oauth2\/token$/)).toBe(2);
  });

  it('refuses a begin when the client credentials are wrong, without submitting anything', async () => {
    const { request } = await fileRequest('no access');
    const port = portOver(stateDir, { clientSecret: 'not the secret' });
    await expect(port.begin(request)).rejects.toMatchObject({ code: 'TransferEndpointUnreachable' });
    expect(calls('POST', /\/transfer$/)).toBe(0);
  });

  it('cancels the Globus task (POST /task/{id}/cancel): Cancelled at Globus too', async () => {
    const { request } = await fileRequest('y'.repeat(2_000_000));
    fake.setBytesPerSecond(512 * 1024);
    const port = portOver(stateDir);
    const handle = await port.begin(request);
    await observeUntil(port, handle, (p) => p.bytesMoved > 0);
    await port.cancel(handle);
    expect(calls('POST', /\/cancel$/)).toBe(1);
    expect((await observeUntil(port, handle)).state).toBe('Cancelled');
    const task = [...fake.tasks.values()].find((t) => t.submission_id === handle.details?.submissionId);
    expect(task).toMatchObject({ status: 'FAILED', fatal_error: { code: 'CANCELED' } });
  });
});
