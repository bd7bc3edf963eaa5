import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { HttpClient } from '@custody/platform/testing';
import { TestApi, startTestApi } from './support/test-api';

const NO_SUCH = '00000000-0000-0000-0000-00000000beef';
const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

/** The reference sha256-tree of a directory, by the shell: find the regular files, sort bytewise, sha256sum. */
function shellTree(dir: string): string {
  return execFileSync(
    'bash',
    [
      '-c',
      `cd "$1" && find . -type f -printf '%P\\0' | LC_ALL=C sort -z | xargs -0 -r sha256sum -- | sha256sum | cut -d' ' -f1`,
      'tree',
      dir,
    ],
    { encoding: 'utf8' },
  ).trim();
}

describe('data: attestations over REST', () => {
  let api: TestApi;
  let operator: HttpClient;
  let reader: HttpClient;
  let worker: HttpClient;
  let tmp: string;
  let root: string;
  let outside: string;
  let tierId: string;
  let server: http.Server;
  let httpRoot: string;
  const served = new Map<string, Buffer>();
  const requested: string[] = [];

  beforeAll(async () => {
    // The https fake listens on loopback, which the verifier refuses by default (SSRF).
    api = await startTestApi({ CUSTODY_VERIFY_TIMEOUT_MS: '1500', CUSTODY_HTTPS_ALLOW_PRIVATE: 'true' });
    operator = await api.as(['operator']);
    reader = await api.as(['reader']);
    worker = await api.as(['worker']);
    tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'custody-attest-')));
    root = path.join(tmp, 'tier');
    outside = path.join(tmp, 'outside');
    fs.mkdirSync(root);
    fs.mkdirSync(outside);
    tierId = (
      await api.admin.post('/v1/tiers', { name: 'detector', accessProtocol: 'file', rootUri: `file://${root}` })
    ).body.tierId;
    server = http.createServer((req, res) => {
      requested.push(req.url ?? '');
      if (req.url === '/pub/hangs.bin') return;
      const body = served.get(req.url ?? '');
      res.writeHead(body ? 200 : 404);
      res.end(body ?? 'not found');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    httpRoot = `http://127.0.0.1:${(server.address() as AddressInfo).port}/pub`;
  });
  afterAll(async () => {
    await api.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  /** A dataset with the given checksum and a copy of it at `uri` on `tier`. */
  async function copy(
    uri: string,
    checksum: { algorithm: string; value: string },
    byteSize: number,
    tier = tierId,
  ): Promise<{ datasetId: string; distributionId: string }> {
    const dataset = await operator.post('/v1/datasets', { title: uri, checksum, byteSize });
    expect(dataset.status).toBe(201);
    const { datasetId } = dataset.body;
    const res = await operator.post('/v1/distributions', { datasetId, tierId: tier, uri, checksum, byteSize });
    expect(res.status).toBe(201);
    return { datasetId, distributionId: res.body.distributionId };
  }
  const fileCopy = async (name: string, content: string) => {
    fs.writeFileSync(path.join(root, name), content);
    return copy(name, { algorithm: 'sha256', value: sha256(content) }, Buffer.byteLength(content));
  };
  const attest = (client: HttpClient, distributionId: string, body: Record<string, unknown> = {}) =>
    client.post(`/v1/distributions/${distributionId}/attestations`, body);
  const statusOf = async (distributionId: string) => (await reader.get(`/v1/distributions/${distributionId}`)).body;

  describe('the server reads a file tier', () => {
    it('Match → Verified, with the attestation on the copy', async () => {
      const { distributionId } = await fileCopy('match.h5', 'frame data\n');
      const res = await attest(operator, distributionId);
      expect(res.status).toBe(201);
      expect(res.body).toEqual({
        attestationId: expect.stringMatching(/^[0-9a-f-]{36}$/),
        outcome: 'Match',
        observed: { algorithm: 'sha256', value: sha256('frame data\n'), byteSize: 11 },
      });
      const got = await statusOf(distributionId);
      expect(got.status).toBe('Verified');
      expect(got.lastAttestation).toEqual({
        attestationId: res.body.attestationId,
        outcome: 'Match',
        observed: res.body.observed,
        source: 'server',
        detail: null,
        attestedAt: expect.stringMatching(/Z$/),
      });
    });

    it('Mismatch → Stale, and a later Match → Verified again', async () => {
      const { distributionId } = await fileCopy('rot.h5', 'good bytes');
      expect((await attest(operator, distributionId)).body.outcome).toBe('Match');
      fs.writeFileSync(path.join(root, 'rot.h5'), 'bad bytes!');
      const res = await attest(operator, distributionId);
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ outcome: 'Mismatch', observed: { value: sha256('bad bytes!'), byteSize: 10 } });
      expect(await statusOf(distributionId)).toMatchObject({
        status: 'Stale',
        lastAttestation: { outcome: 'Mismatch', detail: expect.stringContaining('expected') },
      });
      fs.writeFileSync(path.join(root, 'rot.h5'), 'good bytes');
      expect((await attest(operator, distributionId)).body.outcome).toBe('Match');
      expect((await statusOf(distributionId)).status).toBe('Verified');
    });

    it('Unreachable (file missing) changes nothing, for a Registered and for a Verified copy', async () => {
      const registered = await fileCopy('vanish-1.h5', 'x');
      fs.rmSync(path.join(root, 'vanish-1.h5'));
      const res = await attest(operator, registered.distributionId);
      expect(res.status).toBe(201);
      expect(res.body).toEqual({ attestationId: expect.any(String), outcome: 'Unreachable', observed: null });
      expect(await statusOf(registered.distributionId)).toMatchObject({
        status: 'Registered',
        lastAttestation: { outcome: 'Unreachable', detail: 'no such file or directory' },
      });
      const verified = await fileCopy('vanish-2.h5', 'y');
      await attest(operator, verified.distributionId);
      fs.rmSync(path.join(root, 'vanish-2.h5'));
      expect((await attest(operator, verified.distributionId)).body.outcome).toBe('Unreachable');
      expect((await statusOf(verified.distributionId)).status).toBe('Verified');
    });

    it('a tier marked unreachable attests Unreachable without reading; reachable again, it verifies', async () => {
      const dir = path.join(tmp, 'cold');
      fs.mkdirSync(dir);
      fs.writeFileSync(path.join(dir, 'c.h5'), 'cold');
      const cold = (
        await api.admin.post('/v1/tiers', { name: 'cold', accessProtocol: 'file', rootUri: dir, reachable: false })
      ).body.tierId;
      const { distributionId } = await copy('c.h5', { algorithm: 'sha256', value: sha256('cold') }, 4, cold);
      const res = await attest(operator, distributionId);
      expect(res.body.outcome).toBe('Unreachable');
      expect((await statusOf(distributionId)).lastAttestation.detail).toContain('marked unreachable');
      await api.admin.patch(`/v1/tiers/${cold}`, { reachable: true });
      expect((await attest(operator, distributionId)).body.outcome).toBe('Match');
    });

    it('sha256-tree of a directory agrees with the shell reference: Match → Verified; a changed file → Mismatch', async () => {
      const run = path.join(root, 'run-0042');
      fs.mkdirSync(path.join(run, 'scan', 'deep'), { recursive: true });
      fs.mkdirSync(path.join(run, 'scan-b'));
      fs.writeFileSync(path.join(run, 'scan', 'a.h5'), 'a'.repeat(5000));
      fs.writeFileSync(path.join(run, 'scan', 'deep', 'b.h5'), 'bbb');
      fs.writeFileSync(path.join(run, 'scan-b', 'c.h5'), 'c');
      fs.writeFileSync(path.join(run, 'Zeta.txt'), 'z');
      fs.writeFileSync(path.join(run, 'with space.txt'), 'space');
      fs.writeFileSync(path.join(run, 'ünïcode.txt'), 'u');
      const reference = shellTree(run);
      const { distributionId } = await copy(
        'run-0042',
        { algorithm: 'sha256-tree', value: reference },
        5000 + 3 + 1 + 1 + 5 + 1,
      );
      const res = await attest(operator, distributionId);
      expect(res.body).toEqual({
        attestationId: expect.any(String),
        outcome: 'Match',
        observed: { algorithm: 'sha256-tree', value: reference, byteSize: 5011 },
      });
      expect((await statusOf(distributionId)).status).toBe('Verified');
      fs.writeFileSync(path.join(run, 'scan-b', 'c.h5'), 'C');
      const changed = await attest(operator, distributionId);
      expect(changed.body).toMatchObject({ outcome: 'Mismatch', observed: { value: shellTree(run), byteSize: 5011 } });
      expect((await statusOf(distributionId)).status).toBe('Stale');
    });

    it('a symlink pointing outside the tier root is Unreachable and never read, for a file or inside a tree', async () => {
      // The bytes outside are exactly the dataset's: reading them would have answered Match.
      fs.writeFileSync(path.join(outside, 'secret.h5'), 'secret');
      fs.symlinkSync(path.join(outside, 'secret.h5'), path.join(root, 'escape.h5'));
      const { distributionId } = await copy('escape.h5', { algorithm: 'sha256', value: sha256('secret') }, 6);
      const res = await attest(operator, distributionId);
      expect(res.status).toBe(201);
      expect(res.body).toEqual({ attestationId: expect.any(String), outcome: 'Unreachable', observed: null });
      expect(await statusOf(distributionId)).toMatchObject({
        status: 'Registered',
        lastAttestation: { detail: 'the path resolves outside the tier root; it was not read' },
      });
      const tree = path.join(root, 'run-escape');
      fs.mkdirSync(tree);
      fs.writeFileSync(path.join(tree, 'ok.h5'), 'ok');
      fs.symlinkSync(outside, path.join(tree, 'more'));
      const reference = shellTree(tree); // find -type f lists no links: the tree as the dataset claims it
      const inTree = await copy('run-escape', { algorithm: 'sha256-tree', value: reference }, 2);
      expect((await attest(operator, inTree.distributionId)).body.outcome).toBe('Unreachable');
      expect((await statusOf(inTree.distributionId)).lastAttestation.detail).toContain('outside the tier root');
    });
  });

  describe('the server reads an https tier', () => {
    let httpsTier: string;
    beforeAll(async () => {
      httpsTier = (await api.admin.post('/v1/tiers', { name: 'web', accessProtocol: 'https', rootUri: httpRoot })).body
        .tierId;
    });

    it('streams a GET: Match → Verified; a 404 → Unreachable; a server that never answers → Unreachable (timeout)', async () => {
      const body = Buffer.alloc(2 * 1024 * 1024 + 5, 7);
      served.set('/pub/served.bin', body);
      const ok = await copy('served.bin', { algorithm: 'sha256', value: sha256(body) }, body.length, httpsTier);
      expect((await attest(operator, ok.distributionId)).body).toMatchObject({
        outcome: 'Match',
        observed: { value: sha256(body), byteSize: body.length },
      });
      expect(requested).toContain('/pub/served.bin');
      const missing = await copy('missing.bin', { algorithm: 'sha256', value: sha256('') }, 0, httpsTier);
      expect((await attest(operator, missing.distributionId)).body.outcome).toBe('Unreachable');
      const hangs = await copy('hangs.bin', { algorithm: 'sha256', value: sha256('') }, 0, httpsTier);
      const res = await attest(operator, hangs.distributionId);
      expect(res.status).toBe(201);
      expect(res.body.outcome).toBe('Unreachable');
      expect((await statusOf(hangs.distributionId)).lastAttestation.detail).toContain('timed out');
    });
  });

  describe('s3 and globus tiers', () => {
    it('are Unreachable from the server (an edge host reports instead)', async () => {
      const s3 = (await api.admin.post('/v1/tiers', { name: 's3', accessProtocol: 's3', rootUri: 's3://bucket/raw' }))
        .body.tierId;
      const { distributionId } = await copy('x.h5', { algorithm: 'sha256', value: sha256('x') }, 1, s3);
      expect((await attest(operator, distributionId)).body.outcome).toBe('Unreachable');
      expect((await statusOf(distributionId)).lastAttestation.detail).toContain('edge host');
      const reported = await attest(worker, distributionId, {
        observed: { algorithm: 'sha256', value: sha256('x'), byteSize: 1 },
      });
      expect(reported.body.outcome).toBe('Match');
      expect(await statusOf(distributionId)).toMatchObject({
        status: 'Verified',
        lastAttestation: { source: 'reported' },
      });
    });
  });

  describe('an edge host reports what it measured', () => {
    it('a worker’s Match → Verified and Mismatch → Stale, with what it observed', async () => {
      const { distributionId } = await copy('edge.h5', { algorithm: 'sha256', value: sha256('edge') }, 4);
      const match = await attest(worker, distributionId, {
        observed: { algorithm: 'sha256', value: sha256('edge'), byteSize: 4 },
      });
      expect(match.status).toBe(201);
      expect(match.body).toEqual({
        attestationId: expect.any(String),
        outcome: 'Match',
        observed: { algorithm: 'sha256', value: sha256('edge'), byteSize: 4 },
      });
      expect((await statusOf(distributionId)).status).toBe('Verified');
      const mismatch = await attest(worker, distributionId, {
        observed: { algorithm: 'sha256', value: sha256('edge'), byteSize: 5 },
      });
      expect(mismatch.body.outcome).toBe('Mismatch');
      expect((await statusOf(distributionId)).status).toBe('Stale');
      const byOperator = await attest(operator, distributionId, {
        observed: { algorithm: 'sha256', value: sha256('edge').toUpperCase(), byteSize: 4 },
      });
      expect(byOperator.body.outcome).toBe('Match');
    });

    it('refuses: a reader (403), a worker asking the server to read (403), another algorithm (400), malformed (400)', async () => {
      const { distributionId } = await copy('edge-2.h5', { algorithm: 'sha256', value: sha256('e2') }, 2);
      const observed = { algorithm: 'sha256', value: sha256('e2'), byteSize: 2 };
      expect((await attest(reader, distributionId, { observed })).status).toBe(403);
      expect((await attest(worker, distributionId)).body.code).toBe('Forbidden');
      expect((await api.anonymous.post(`/v1/distributions/${distributionId}/attestations`, { observed })).status).toBe(
        401,
      );
      const algorithm = await attest(worker, distributionId, { observed: { ...observed, algorithm: 'sha256-tree' } });
      expect(algorithm.status).toBe(400);
      expect(algorithm.body).toMatchObject({
        code: 'AttestationAlgorithmMismatch',
        errors: [{ path: 'observed.algorithm' }],
      });
      const malformed = await attest(worker, distributionId, { observed: { ...observed, value: 'zz', extra: 1 } });
      expect(malformed.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
        'observed.extra',
        'observed.value',
      ]);
      expect((await attest(worker, distributionId, { observed, note: 'x' })).status).toBe(400);
      expect((await statusOf(distributionId)).status).toBe('Registered');
    });
  });

  it('answers 404 DistributionNotFound, 409 DistributionDiscarded, 400 for a malformed id', async () => {
    const missing = await attest(operator, NO_SUCH);
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('DistributionNotFound');
    expect(
      (await attest(worker, NO_SUCH, { observed: { algorithm: 'sha256', value: sha256(''), byteSize: 0 } })).status,
    ).toBe(404);
    const { distributionId } = await fileCopy('discarded.h5', 'd');
    await operator.post(`/v1/distributions/${distributionId}/discard`);
    const discarded = await attest(operator, distributionId);
    expect(discarded.status).toBe(409);
    expect(discarded.body.code).toBe('DistributionDiscarded');
    expect((await attest(operator, 'nope')).status).toBe(400);
  });

  it('replays the first attestation for the same Idempotency-Key', async () => {
    const { distributionId } = await fileCopy('idem.h5', 'i');
    const headers = { 'Idempotency-Key': `attest-${distributionId}` };
    const first = await operator.post(`/v1/distributions/${distributionId}/attestations`, {}, { headers });
    const again = await operator.post(`/v1/distributions/${distributionId}/attestations`, {}, { headers });
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
  });
});
