import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as https from 'node:https';
import { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { HttpsChecksumVerifier, isPrivateAddress } from './https-checksum-verifier';

const body = Buffer.alloc(3 * 1024 * 1024 + 17, 'custody');
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** A loopback file server: /data/<name> answers from `files`; /slow never answers; /moved redirects. */
function handler(files: Map<string, Buffer>, requests: string[]): http.RequestListener {
  return (req, res) => {
    requests.push(req.url ?? '');
    if (req.url === '/data/slow.bin') return; // accepts, then never answers
    if (req.url === '/data/stalls.bin') {
      res.writeHead(200, { 'content-length': '100' });
      res.write('only part of it'); // then nothing
      return;
    }
    if (req.url === '/data/moved.bin') {
      res.writeHead(302, { location: '/data/file.bin' });
      res.end();
      return;
    }
    const file = files.get(req.url ?? '');
    if (!file) {
      res.writeHead(404);
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/octet-stream' });
    // Stream it in pieces, as a real server does.
    let offset = 0;
    const next = () => {
      while (offset < file.length) {
        const piece = file.subarray(offset, offset + 256 * 1024);
        offset += piece.length;
        if (!res.write(piece)) return void res.once('drain', next);
      }
      res.end();
    };
    next();
  };
}

async function listen(server: http.Server | https.Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

describe('HttpsChecksumVerifier', () => {
  const requests: string[] = [];
  const files = new Map([
    ['/data/file.bin', body],
    ['/data/run%201/a.txt', Buffer.from('spaced')],
  ]);
  let server: http.Server;
  let root: string;
  // The fakes listen on loopback, which the verifier refuses unless told otherwise (see the SSRF cases below).
  const verifier = new HttpsChecksumVerifier({ idleTimeoutMs: 300, allowPrivate: true });
  const target = (uri: string, algorithm: 'sha256' | 'sha256-tree' = 'sha256') => ({
    accessProtocol: 'https' as const,
    rootUri: root,
    uri,
    algorithm,
  });

  beforeAll(async () => {
    server = http.createServer(handler(files, requests));
    root = `http://127.0.0.1:${await listen(server)}/data`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('streams a GET through sha256', async () => {
    expect(await verifier.measure(target('file.bin'))).toEqual({
      kind: 'observed',
      source: 'server',
      observed: { algorithm: 'sha256', value: sha256(body), byteSize: body.length },
      detail: null,
    });
    expect(await verifier.measure(target('run 1/a.txt'))).toMatchObject({
      observed: { value: sha256(Buffer.from('spaced')), byteSize: 6 },
    });
  });

  it('is Unreachable for a 404, a redirect (not followed), a timeout, a stalled body and a refused connection', async () => {
    expect(await verifier.measure(target('missing.bin'))).toMatchObject({
      kind: 'unreachable',
      detail: expect.stringContaining('HTTP 404'),
    });
    expect(await verifier.measure(target('moved.bin'))).toMatchObject({
      kind: 'unreachable',
      detail: expect.stringContaining('HTTP 302 to /data/file.bin, not followed'),
    });
    expect(await verifier.measure(target('slow.bin'))).toMatchObject({
      kind: 'unreachable',
      detail: expect.stringContaining('timed out'),
    });
    expect(await verifier.measure(target('stalls.bin'))).toMatchObject({ kind: 'unreachable' });
    const closed = http.createServer();
    const port = await listen(closed);
    await new Promise((resolve) => closed.close(resolve));
    expect(
      await verifier.measure({ ...target('x'), rootUri: `http://127.0.0.1:${port}/data`, uri: 'x' }),
    ).toMatchObject({ kind: 'unreachable', detail: expect.stringContaining('ECONNREFUSED') });
  });

  it('cannot measure a directory (sha256-tree) over HTTP, and refuses a uri outside the root, without a request', async () => {
    const before = requests.length;
    expect(await verifier.measure(target('file.bin', 'sha256-tree'))).toMatchObject({ kind: 'unreachable' });
    expect(await verifier.measure(target('../elsewhere'))).toMatchObject({ kind: 'unreachable' });
    expect(requests.length).toBe(before);
  });

  describe('over TLS', () => {
    let tls: https.Server;
    let dir: string;
    let cert: Buffer;

    beforeAll(async () => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'custody-https-verifier-'));
      execFileSync(
        'openssl',
        [
          'req',
          '-x509',
          '-newkey',
          'rsa:2048',
          '-nodes',
          '-days',
          '1',
          '-subj',
          '/CN=127.0.0.1',
          '-addext',
          'subjectAltName=IP:127.0.0.1',
          '-keyout',
          path.join(dir, 'key.pem'),
          '-out',
          path.join(dir, 'cert.pem'),
        ],
        { stdio: 'ignore' },
      );
      cert = fs.readFileSync(path.join(dir, 'cert.pem'));
      tls = https.createServer({ key: fs.readFileSync(path.join(dir, 'key.pem')), cert }, handler(files, requests));
      root = `https://127.0.0.1:${await listen(tls)}/data`;
    });
    afterAll(async () => {
      tls.closeAllConnections();
      await new Promise((resolve) => tls.close(resolve));
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it('verifies over https with the facility CA, and is Unreachable when the certificate is not trusted', async () => {
      const trusting = new HttpsChecksumVerifier({ idleTimeoutMs: 2000, ca: cert, allowPrivate: true });
      expect(await trusting.measure(target('file.bin'))).toMatchObject({
        kind: 'observed',
        observed: { value: sha256(body), byteSize: body.length },
      });
      expect(await verifier.measure(target('file.bin'))).toMatchObject({
        kind: 'unreachable',
        detail: expect.stringMatching(/certificate/i),
      });
    });
  });

  describe('refuses loopback, link-local and private targets unless CUSTODY_HTTPS_ALLOW_PRIVATE (SSRF)', () => {
    const guarded = new HttpsChecksumVerifier({ idleTimeoutMs: 2000 });
    const at = (rootUri: string) => ({
      accessProtocol: 'https' as const,
      rootUri,
      uri: 'file.bin',
      algorithm: 'sha256' as const,
    });

    it('never connects to a private address literal, nor to a name that resolves to one', async () => {
      const port = new URL(root).port;
      const before = requests.length;
      for (const host of ['127.0.0.1', 'localhost', '[::1]', '[::ffff:127.0.0.1]', '10.1.2.3', '169.254.169.254']) {
        const result = await guarded.measure(at(`http://${host}:${port}/data`));
        expect(result).toMatchObject({ kind: 'unreachable', detail: expect.stringMatching(/private address/) });
      }
      expect(requests.length).toBe(before);
    });

    it('classifies addresses', () => {
      for (const a of [
        '127.0.0.1',
        '10.0.0.1',
        '172.16.5.4',
        '192.168.1.1',
        '169.254.169.254',
        '::1',
        'fe80::1',
        'fd00::1',
        '::ffff:10.0.0.1',
        '0.0.0.0',
        '100.64.0.1',
      ]) {
        expect(isPrivateAddress(a)).toBe(true);
      }
      for (const a of ['8.8.8.8', '1.1.1.1', '2606:4700::1111', '::ffff:8.8.8.8', '172.32.0.1']) {
        expect(isPrivateAddress(a)).toBe(false);
      }
    });
  });
});
