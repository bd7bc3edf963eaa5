import * as http from 'node:http';
import * as net from 'node:net';
import { Client } from 'pg';
import { HttpClient } from '@custody/platform/testing';
import { ADMIN_TOKEN, TestApi, startTestApi } from './support/test-api';
import { BOUNDARY, multipartBody } from './support/multipart';

/** Starting an app on a fresh database can take well over Jest's default 5 s on a busy machine. */
const API_HOOK_TIMEOUT_MS = 60_000;
// The same for each test: they talk to a real API and PostgreSQL on a shared 2-core machine.
jest.setTimeout(30_000);

/** Raw bytes over a fresh socket, for what fetch will not send (bad request lines, huge headers). */
function rawExchange(port: number, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(request));
    let text = '';
    socket.on('data', (chunk) => (text += chunk.toString()));
    socket.on('end', () => resolve(text));
    socket.on('error', reject);
  });
}

const problemOf = (raw: string) => JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4));

describe('HTTP hardening: nothing a client sends gives a 500', () => {
  let api: TestApi;
  let port: number;
  let admin: HttpClient;

  beforeAll(async () => {
    api = await startTestApi({ CUSTODY_MAX_ARTIFACT_BYTES: '1024' });
    admin = api.admin;
    port = Number(new URL(api.baseUrl).port);
  }, API_HOOK_TIMEOUT_MS);
  afterAll(() => api.close(), API_HOOK_TIMEOUT_MS);

  const expectProblem = (res: { status: number; headers: Headers; body: any }, status: number, code: string) => {
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body).toMatchObject({ status, code });
  };

  describe('bodies', () => {
    it.each(['gzip', 'deflate', 'br', 'x-custom'])(
      'refuses Content-Encoding %s with 415, with or without a token',
      async (encoding) => {
        for (const client of [admin, api.anonymous]) {
          const res = await client.post('/v1/families', { name: 'x' }, { headers: { 'content-encoding': encoding } });
          expectProblem(res, 415, 'UnsupportedMediaType');
        }
      },
    );

    it('refuses a non-JSON body on a JSON route with 415 instead of reading it as {}', async () => {
      for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/xml']) {
        const res = await admin.request('POST', '/v1/families', {
          raw: '{"name":"x"}',
          headers: { 'content-type': type },
        });
        expectProblem(res, 415, 'UnsupportedMediaType');
      }
      const untyped = await fetch(`${api.baseUrl}/v1/families`, {
        method: 'POST',
        headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
        body: new Uint8Array(Buffer.from('{"name":"x"}')),
      });
      expect(untyped.status).toBe(415);
      // Bodiless POSTs and JSON with a charset still pass.
      const charset = await admin.request('POST', '/v1/families', {
        raw: '{"name":"charset family"}',
        headers: { 'content-type': 'application/json; charset=utf-8' },
      });
      expect(charset.status).toBe(201);
    });

    it('refuses nesting deeper than 64 with 400 ValidationFailed, over REST and MCP', async () => {
      const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);
      const rest = await admin.request('POST', '/v1/families', {
        raw: `{"name":${deep(2000)}}`,
        headers: { 'content-type': 'application/json' },
      });
      expectProblem(rest, 400, 'ValidationFailed');
      const mcp = await admin.request('POST', '/mcp', {
        raw: `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"register_family","arguments":{"name":${deep(2000)}}}}`,
        headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
      });
      expectProblem(mcp, 400, 'ValidationFailed');
      // 64 levels is still read (and refused by the schema, not by the parser).
      const fine = await admin.request('POST', '/v1/families', {
        raw: `{"name":${deep(63)}}`,
        headers: { 'content-type': 'application/json' },
      });
      expectProblem(fine, 400, 'ValidationFailed');
      expect(fine.body.detail).not.toMatch(/nest/);
    });

    it('answers a NUL or lone surrogate in a field name with 400, Idempotency-Key or not, and again on replay', async () => {
      for (const name of ['a\u0000b', 'x\ud800']) {
        const raw = `{${JSON.stringify(name)}:1,"name":"n"}`;
        for (const key of [undefined, `nul-${name.length}-${name.charCodeAt(1)}`]) {
          const headers: Record<string, string> = {
            'content-type': 'application/json',
            ...(key ? { 'idempotency-key': key } : {}),
          };
          const first = await admin.request('POST', '/v1/families', { raw, headers });
          expectProblem(first, 400, 'ValidationFailed');
          if (key) {
            const again = await admin.request('POST', '/v1/families', { raw, headers });
            expectProblem(again, 400, 'ValidationFailed');
            expect(again.headers.get('idempotent-replayed')).toBe('true');
          }
        }
      }
    });

    it('leaves MCP out of Idempotency-Key replays: the same keyed call answers its own JSON-RPC error again', async () => {
      for (let i = 0; i < 2; i++) {
        const res = await admin.request('POST', '/mcp', {
          raw: '{"\\ud800":1}',
          headers: {
            'content-type': 'application/json',
            accept: 'application/json, text/event-stream',
            'idempotency-key': 'mcp-keyed',
          },
        });
        expect(res.status).toBeLessThan(500);
        expect(res.body.error.code).toEqual(expect.any(Number));
      }
    });

    it('answers an oversized JSON body 413 and says Connection: close when it stopped reading', async () => {
      const status = await new Promise<{ status?: number; connection?: string }>((resolve) => {
        const req = http.request({
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/v1/families',
          agent: false,
          headers: {
            authorization: `Bearer ${ADMIN_TOKEN}`,
            'content-type': 'application/json',
            'content-length': 3 * 1024 * 1024,
          },
        });
        req.on('response', (res) => {
          res.resume();
          resolve({ status: res.statusCode, connection: res.headers.connection });
        });
        req.on('error', () => resolve({}));
        req.write('{"name":"');
      });
      expect(status).toEqual({ status: 413, connection: 'close' });
    });

    it('closes the connection after the early 413 of a deposit: 10 fetches in a row all read their 413', async () => {
      const worker = await api.as(['worker']);
      const body = new Uint8Array(multipartBody([{ filename: 'big', body: Buffer.alloc(4 * 1024 * 1024, 1) }]));
      for (let i = 0; i < 10; i++) {
        const res = await fetch(`${api.baseUrl}/v1/artifacts`, {
          method: 'POST',
          headers: {
            authorization: `Bearer ${worker.token}`,
            'content-type': `multipart/form-data; boundary=${BOUNDARY}`,
          },
          body,
        });
        expect(res.status).toBe(413);
        expect(res.headers.get('connection')).toBe('close');
        await res.text();
      }
    });
  });

  describe('lists', () => {
    it.each(['0x10', '1e2', '%205', '5.0', '+5', '0', '101', '-1', ''])(
      'refuses limit=%s with 400 ValidationFailed',
      async (limit) => {
        expectProblem(await admin.get(`/v1/families?limit=${limit}`), 400, 'ValidationFailed');
      },
    );
    it('takes plain digits', async () => {
      const res = await admin.get('/v1/families?limit=5');
      expect(res.status).toBe(200);
    });
  });

  describe('methods and the HTTP server itself', () => {
    it('answers a wrong method on a known path with 405 and Allow', async () => {
      const put = await admin.put('/v1/families', { name: 'x' });
      expectProblem(put, 405, 'MethodNotAllowed');
      expect(put.headers.get('allow')).toBe('GET, HEAD, POST');
      for (const method of ['GET', 'DELETE', 'PUT']) {
        const res = await admin.request(method, '/mcp');
        expectProblem(res, 405, 'MethodNotAllowed');
        expect(res.headers.get('allow')).toBe('POST');
      }
      // An unknown path stays 404.
      expect((await admin.request('PUT', '/v1/no-such-thing')).status).toBe(404);
    });

    it("answers Node's own 431 and malformed requests as problem+json", async () => {
      const big = await rawExchange(
        port,
        `GET /v1/families HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
      );
      expect(big).toMatch(/^HTTP\/1\.1 431 /);
      expect(big).toMatch(/content-type: application\/problem\+json/i);
      expect(problemOf(big)).toMatchObject({ status: 431, code: 'RequestHeaderFieldsTooLarge' });
      const bad = await rawExchange(port, `GET /v1 families HTTP/1.1\r\nHost: x\r\n\r\n`);
      expect(bad).toMatch(/^HTTP\/1\.1 400 /);
      expect(problemOf(bad)).toMatchObject({ status: 400, code: 'MalformedRequest' });
    });
  });

  describe('headers and secrets', () => {
    it('sends the API security headers on every answer, with a restrictive CSP on JSON', async () => {
      for (const res of [
        await admin.get('/v1/families'),
        await api.anonymous.get('/v1/families'),
        await api.anonymous.get('/health/live'),
      ]) {
        expect(res.headers.get('x-content-type-options')).toBe('nosniff');
        expect(res.headers.get('x-frame-options')).toBe('DENY');
        expect(res.headers.get('referrer-policy')).toBe('no-referrer');
        expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
      }
    });

    it('answers token-bearing responses with Cache-Control: no-store and keeps no token in an idempotency record', async () => {
      const headers = { 'idempotency-key': 'principal-with-key' };
      const first = await admin.post('/v1/principals', { name: 'keyed', roles: ['reader'] }, { headers });
      expect(first.status).toBe(201);
      expect(first.headers.get('cache-control')).toBe('no-store');
      const token: string = first.body.token;
      expect(token).toMatch(/^cus_/);
      const again = await admin.post('/v1/principals', { name: 'keyed', roles: ['reader'] }, { headers });
      expect(again.status).toBe(201);
      expect(again.body).toEqual({ ...first.body, token: undefined });
      expect(again.body.principalId).toBe(first.body.principalId);

      const db = new Client({ connectionString: api.databaseUrl });
      await db.connect();
      try {
        for (const table of ['idempotency_records', 'events', 'principals']) {
          const { rows } = await db.query(`SELECT * FROM ${table}`);
          expect(JSON.stringify(rows)).not.toContain(token);
        }
      } finally {
        await db.end();
      }
    });
  });
});
