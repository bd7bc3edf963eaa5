import * as fs from 'node:fs';
import * as path from 'node:path';
import { Client } from 'pg';
import { HttpClient } from '@custody/platform/testing';
import { TestApi, startTestApi } from './support/test-api';
import { BOUNDARY, Part, awkwardBytes, multipartBody, sha256 } from './support/multipart';

import { ToolResult } from './support/mcp-tools';

const URI = /^custody:\/\/artifacts\/[0-9a-f]{32}$/;

describe('artifacts: deposit and fetch over REST', () => {
  let api: TestApi;
  let depositor: HttpClient;
  let depositorId: string;
  let otherWorker: HttpClient;
  let adminsMember: HttpClient;
  let reader: HttpClient;

  beforeAll(async () => {
    api = await startTestApi();
    depositor = await api.as(['worker'], ['beamline-7']);
    depositorId = (await depositor.get('/v1/principals/me')).body.principalId;
    otherWorker = await api.as(['worker']);
    adminsMember = await api.as(['worker'], ['admins']);
    reader = await api.as(['reader'], ['admins']);
  });
  afterAll(() => api.close());

  /** POSTs raw bytes as the body; `contentType` defaults to multipart with the test boundary. */
  async function post(
    client: HttpClient,
    body: Buffer,
    contentType: string | null = `multipart/form-data; boundary=${BOUNDARY}`,
    extraHeaders: Record<string, string> = {},
  ) {
    const headers: Record<string, string> = { ...extraHeaders };
    if (client.token) headers.authorization = `Bearer ${client.token}`;
    if (contentType !== null) headers['content-type'] = contentType;
    const res = await fetch(`${api.baseUrl}/v1/artifacts`, { method: 'POST', headers, body });
    const text = await res.text();
    return { status: res.status, headers: res.headers, text, body: text ? JSON.parse(text) : undefined };
  }

  const deposit = (client: HttpClient, parts: Part[]) => post(client, multipartBody(parts));

  async function fetchBytes(client: HttpClient, uri: string, headers: Record<string, string> = {}) {
    const res = await fetch(`${api.baseUrl}/v1/artifacts?uri=${encodeURIComponent(uri)}`, {
      headers: { authorization: `Bearer ${client.token}`, ...headers },
    });
    return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
  }

  const metadata = (client: HttpClient, uri: string) =>
    client.get(`/v1/artifacts/metadata?uri=${encodeURIComponent(uri)}`);

  async function artifactEvents(): Promise<number> {
    const db = new Client({ connectionString: api.databaseUrl });
    await db.connect();
    try {
      const { rows } = await db.query(`SELECT count(*)::int AS n FROM events WHERE stream_type = 'artifact.artifact'`);
      return rows[0].n;
    } finally {
      await db.end();
    }
  }

  /** Regular files under <dataDir>/artifacts (blobs and temp files alike). */
  function storedFiles(): string[] {
    const root = path.join(api.config.dataDir, 'artifacts');
    return (fs.readdirSync(root, { recursive: true }) as string[]).filter((p) =>
      fs.lstatSync(path.join(root, p)).isFile(),
    );
  }

  describe('POST /v1/artifacts', () => {
    it('honours Idempotency-Key: the same content again answers the first deposit and keeps nothing new; other content is 422', async () => {
      const key = { 'idempotency-key': `deposit-${Date.now()}` };
      const body = multipartBody([{ filename: 'r.bin', type: 'application/octet-stream', body: Buffer.from('first') }]);
      const first = await post(depositor, body, undefined, key);
      expect(first.status).toBe(201);
      const filesAfterFirst = storedFiles().length;
      const recordsAfterFirst = await artifactEvents();
      const again = await post(depositor, body, undefined, key);
      expect(again.status).toBe(201);
      expect(again.body).toEqual(first.body);
      expect(storedFiles()).toHaveLength(filesAfterFirst);
      expect(await artifactEvents()).toBe(recordsAfterFirst);
      const other = multipartBody([
        { filename: 'r.bin', type: 'application/octet-stream', body: Buffer.from('second') },
      ]);
      const reused = await post(depositor, other, undefined, key);
      expect(reused.status).toBe(422);
      expect(reused.body.code).toBe('IdempotencyKeyReused');
      expect(storedFiles()).toHaveLength(filesAfterFirst);
    });

    it('answers 201 with exactly { artifactUri, sizeBytes, contentType, sha256 }', async () => {
      const bytes = awkwardBytes();
      const res = await deposit(depositor, [{ filename: 'recon.bin', type: 'image/png', body: bytes }]);
      expect(res.status).toBe(201);
      expect(res.body).toEqual({
        artifactUri: expect.stringMatching(URI),
        sizeBytes: bytes.length,
        contentType: 'image/png',
        sha256: sha256(bytes),
      });
      expect(Object.keys(res.body).sort()).toEqual(['artifactUri', 'contentType', 'sha256', 'sizeBytes']);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    });

    it('gives two deposits of the same bytes two URIs, each fetchable', async () => {
      const body = Buffer.from('same bytes twice');
      const a = await deposit(depositor, [{ filename: 'a', body }]);
      const b = await deposit(depositor, [{ filename: 'a', body }]);
      expect(a.status).toBe(201);
      expect(b.status).toBe(201);
      expect(a.body.artifactUri).not.toBe(b.body.artifactUri);
      expect(a.body.sha256).toBe(b.body.sha256);
      for (const uri of [a.body.artifactUri, b.body.artifactUri]) {
        expect((await fetchBytes(depositor, uri)).bytes).toEqual(body);
      }
    });

    it('sanitizes the content type: type/subtype only, else application/octet-stream', async () => {
      const cases: [string | undefined, string][] = [
        ['Text/Plain; charset=utf-16', 'text/plain'],
        ['application/x-hdf5', 'application/x-hdf5'],
        [undefined, 'application/octet-stream'],
        ['nonsense', 'application/octet-stream'],
        ['text/html; x="a\\"b"', 'text/html'],
      ];
      for (const [type, recorded] of cases) {
        const res = await deposit(depositor, [{ filename: 'x', type, body: 'x' }]);
        expect(res.status).toBe(201);
        expect(res.body.contentType).toBe(recorded);
      }
    });

    it('accepts an empty file and a file part without a filename sent as application/octet-stream', async () => {
      const empty = await deposit(depositor, [{ filename: 'empty', body: Buffer.alloc(0) }]);
      expect(empty.body).toMatchObject({ sizeBytes: 0, sha256: sha256(Buffer.alloc(0)) });
      expect((await fetchBytes(depositor, empty.body.artifactUri)).bytes.length).toBe(0);
      const bare = await deposit(depositor, [{ type: 'application/octet-stream', body: 'bare' }]);
      expect(bare.status).toBe(201);
      expect(bare.body.sizeBytes).toBe(4);
    });

    it('ignores a preamble and an epilogue around the one part', async () => {
      const body = Buffer.concat([
        Buffer.from('This is the preamble.\r\n'),
        multipartBody([{ filename: 'f', body: 'inside' }]),
        Buffer.from('This is the epilogue.'),
      ]);
      const res = await post(depositor, body);
      expect(res.status).toBe(201);
      expect((await fetchBytes(depositor, res.body.artifactUri)).bytes.toString()).toBe('inside');
    });

    describe('refuses with 400 ValidationFailed, storing nothing', () => {
      let eventsBefore: number;
      let filesBefore: string[];
      beforeAll(async () => {
        eventsBefore = await artifactEvents();
        filesBefore = storedFiles();
      });
      afterAll(async () => {
        expect(await artifactEvents()).toBe(eventsBefore);
        expect(storedFiles()).toEqual(filesBefore);
      });

      const refused = (res: { status: number; body: any; headers: Headers }) => {
        expect(res.status).toBe(400);
        expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
        expect(res.body).toMatchObject({ status: 400, code: 'ValidationFailed', errors: expect.any(Array) });
      };

      it('several parts', async () => {
        refused(
          await deposit(depositor, [
            { filename: 'a', body: 'one' },
            { filename: 'b', body: 'two' },
          ]),
        );
        refused(
          await deposit(depositor, [
            { filename: 'a', body: 'one' },
            { rawHeaders: 'Content-Type: text/plain', body: 'a part without a disposition' },
          ]),
        );
      });

      it('a stray field, before or after the file', async () => {
        refused(
          await deposit(depositor, [
            { name: 'note', body: 'hi' },
            { filename: 'a', body: 'one' },
          ]),
        );
        const after = await deposit(depositor, [
          { filename: 'a', body: 'one' },
          { name: 'note', body: 'hi' },
        ]);
        refused(after);
        expect(after.body.errors).toEqual([{ path: 'note', message: expect.stringContaining('Unexpected field') }]);
      });

      it('a wrong part name', async () => {
        const res = await deposit(depositor, [{ name: 'upload', filename: 'a', body: 'one' }]);
        refused(res);
        expect(res.body.errors[0].path).toBe('upload');
      });

      it('a file part that is not a file (no filename, a text type)', async () => {
        refused(await deposit(depositor, [{ type: 'text/plain', body: 'one' }]));
      });

      it('no part at all', async () => {
        const res = await deposit(depositor, []);
        refused(res);
        expect(res.body.errors).toEqual([{ path: 'file', message: 'The body has no part named file.' }]);
        refused(await post(depositor, Buffer.alloc(0)));
      });

      it('a body without boundary, or not multipart at all', async () => {
        refused(await post(depositor, multipartBody([{ filename: 'a', body: 'one' }]), 'multipart/form-data'));
        refused(await post(depositor, Buffer.from('raw bytes'), 'application/octet-stream'));
        refused(await post(depositor, Buffer.from('raw bytes'), null));
        refused(await post(depositor, Buffer.from('{"file":"x"}'), 'application/json'));
      });

      it('a malformed or truncated body', async () => {
        const whole = multipartBody([{ filename: 'a', body: 'one two three' }]);
        refused(await post(depositor, whole.subarray(0, whole.length - 10)));
        refused(await post(depositor, Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"`)));
        refused(await post(depositor, Buffer.from('no delimiter anywhere in this body')));
      });
    });

    it('puts no limit on how long a deposit may take (Node cuts a request at 5 minutes by default)', () => {
      expect(api.app.getHttpServer().requestTimeout).toBe(0);
    });

    it('needs a token, and the worker role or above', async () => {
      const body = multipartBody([{ filename: 'a', body: 'x' }]);
      expect((await post(api.anonymous, body)).status).toBe(401);
      const res = await post(reader, body);
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('Forbidden');
    });
  });

  describe('GET /v1/artifacts?uri=', () => {
    let uri: string;
    let bytes: Buffer;
    beforeAll(async () => {
      bytes = awkwardBytes();
      uri = (await deposit(depositor, [{ filename: 'plot', type: 'text/plain; charset=latin1', body: bytes }])).body
        .artifactUri;
    });
    const idOf = (u: string) => u.slice('custody://artifacts/'.length);

    it('gives the depositor the exact bytes with the recorded type, attachment, nosniff and an ETag', async () => {
      const res = await fetchBytes(depositor, uri);
      expect(res.status).toBe(200);
      expect(res.bytes).toEqual(bytes);
      expect(res.bytes.includes(0)).toBe(true);
      expect(res.bytes.includes(0xff)).toBe(true);
      expect(res.headers.get('content-type')).toBe('text/plain');
      expect(res.headers.get('content-disposition')).toBe(`attachment; filename="${idOf(uri)}"`);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('etag')).toBe(`"${sha256(bytes)}"`);
      expect(res.headers.get('content-length')).toBe(String(bytes.length));
      expect(res.headers.get('accept-ranges')).toBe('bytes');
    });

    it('lets an admin and a member of the group admins fetch, and nobody else', async () => {
      expect((await fetchBytes(api.admin, uri)).bytes).toEqual(bytes);
      expect((await fetchBytes(adminsMember, uri)).bytes).toEqual(bytes);
      const refused = await fetchBytes(otherWorker, uri);
      expect(refused.status).toBe(403);
      expect(JSON.parse(refused.bytes.toString())).toMatchObject({ status: 403, code: 'Forbidden' });
      expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    });

    it('answers 404 ArtifactNotFound for unknown, malformed and foreign URIs', async () => {
      for (const unknown of [
        'custody://artifacts/0123456789abcdef0123456789abcdef',
        uri.toUpperCase(),
        `${uri}0`,
        uri.replace('artifacts', 'datasets'),
        `https://example.org/${idOf(uri)}`,
        idOf(uri),
        'custody://artifacts/../../etc/passwd',
      ]) {
        const res = await fetchBytes(api.admin, unknown);
        expect(res.status).toBe(404);
        expect(JSON.parse(res.bytes.toString())).toMatchObject({ code: 'ArtifactNotFound' });
      }
    });

    it('answers 400 ValidationFailed without a uri', async () => {
      const res = await depositor.get('/v1/artifacts');
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({
        code: 'ValidationFailed',
        errors: [{ path: 'uri', message: expect.any(String) }],
      });
    });

    it('serves Range: bytes=10-19 as 206 with exactly those bytes', async () => {
      const res = await fetchBytes(depositor, uri, { range: 'bytes=10-19' });
      expect(res.status).toBe(206);
      expect(res.bytes).toEqual(bytes.subarray(10, 20));
      expect(res.headers.get('content-range')).toBe(`bytes 10-19/${bytes.length}`);
      expect(res.headers.get('content-length')).toBe('10');
      expect(res.headers.get('content-type')).toBe('text/plain');
      const tail = await fetchBytes(depositor, uri, { range: 'bytes=-5' });
      expect(tail.bytes).toEqual(bytes.subarray(bytes.length - 5));
    });

    it('answers 416 for a range beyond the end, and ignores several ranges', async () => {
      const res = await fetchBytes(depositor, uri, { range: `bytes=${bytes.length}-` });
      expect(res.status).toBe(416);
      expect(res.headers.get('content-range')).toBe(`bytes */${bytes.length}`);
      expect(JSON.parse(res.bytes.toString()).code).toBe('RangeNotSatisfiable');
      const several = await fetchBytes(depositor, uri, { range: 'bytes=0-1,4-5' });
      expect(several.status).toBe(200);
      expect(several.bytes).toEqual(bytes);
    });

    it('answers 304 to If-None-Match with the ETag, and honours If-Range', async () => {
      const etag = `"${sha256(bytes)}"`;
      const res = await fetchBytes(depositor, uri, { 'if-none-match': etag });
      expect(res.status).toBe(304);
      expect(res.headers.get('etag')).toBe(etag);
      expect((await fetchBytes(depositor, uri, { range: 'bytes=0-0', 'if-range': '"stale"' })).status).toBe(200);
      expect((await fetchBytes(depositor, uri, { range: 'bytes=0-0', 'if-range': etag })).status).toBe(206);
    });

    it('answers HEAD with the headers only', async () => {
      const res = await fetch(`${api.baseUrl}/v1/artifacts?uri=${encodeURIComponent(uri)}`, {
        method: 'HEAD',
        headers: { authorization: `Bearer ${depositor.token}` },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-length')).toBe(String(bytes.length));
      expect(res.headers.get('content-type')).toBe('text/plain');
    });

    it('lets a reader read by the same rule (GET is a read): in group admins yes, otherwise 403', async () => {
      expect((await fetchBytes(reader, uri)).status).toBe(200);
      const plainReader = await api.as(['reader']);
      const refused = await fetchBytes(plainReader, uri);
      expect(refused.status).toBe(403);
      expect(JSON.parse(refused.bytes.toString('utf8')).code).toBe('Forbidden');
    });
  });

  describe('GET /v1/artifacts/metadata?uri=', () => {
    it('answers exactly { artifactUri, sizeBytes, contentType, sha256, createdBy, createdAt }', async () => {
      const bytes = Buffer.from('metadata please');
      const before = Date.now();
      const { artifactUri } = (await deposit(depositor, [{ filename: 'm', type: 'text/csv', body: bytes }])).body;
      const res = await metadata(depositor, artifactUri);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        artifactUri,
        sizeBytes: bytes.length,
        contentType: 'text/csv',
        sha256: sha256(bytes),
        createdBy: depositorId,
        createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      });
      expect(Date.parse(res.body.createdAt)).toBeGreaterThanOrEqual(before - 1000);
      expect((await metadata(api.admin, artifactUri)).status).toBe(200);
      expect((await metadata(adminsMember, artifactUri)).status).toBe(200);
      expect((await metadata(otherWorker, artifactUri)).body).toMatchObject({ status: 403, code: 'Forbidden' });
      expect((await metadata(depositor, artifactUri.replace(/.$/, 'x'))).body.code).toBe('ArtifactNotFound');
      expect((await metadata(depositor, 'custody://artifacts/ffffffffffffffffffffffffffffffff')).status).toBe(404);
      const noUri = await depositor.get('/v1/artifacts/metadata');
      expect(noUri.status).toBe(400);
      expect(noUri.body.code).toBe('ValidationFailed');
    });
  });

  describe('MCP', () => {
    it('reads metadata through get_artifact_metadata (read-only)', async () => {
      const { artifactUri } = (await deposit(depositor, [{ filename: 'm', body: 'over mcp' }])).body;
      const client = await api.mcp(depositor.token);
      const { tools } = await client.listTools();
      const tool = tools.find((t) => t.name === 'get_artifact_metadata');
      expect(tool?.annotations?.readOnlyHint).toBe(true);
      expect((tool?.inputSchema.properties as any).uri.description).toEqual(expect.any(String));
      expect(tools.map((t) => t.name).filter((n) => /artifact/.test(n) && !/lineage/.test(n))).toEqual([
        'deposit_artifact',
        'fetch_artifact',
        'get_artifact_metadata',
      ]);
      const got = (await client.callTool({
        name: 'get_artifact_metadata',
        arguments: { uri: artifactUri },
      })) as ToolResult;
      expect(got.isError).toBeFalsy();
      expect(got.structuredContent).toEqual((await metadata(depositor, artifactUri)).body);
      const other = await api.mcp(otherWorker.token);
      const refused = (await other.callTool({
        name: 'get_artifact_metadata',
        arguments: { uri: artifactUri },
      })) as ToolResult;
      expect(refused.isError).toBe(true);
      expect(refused.content[0].text).toMatch(/^Forbidden/);
      const missing = (await client.callTool({
        name: 'get_artifact_metadata',
        arguments: { uri: 'custody://artifacts/00000000000000000000000000000000' },
      })) as ToolResult;
      expect(missing.isError).toBe(true);
      expect(missing.content[0].text).toMatch(/^ArtifactNotFound/);
    });
  });

  it('documents the deposit as a multipart body in OpenAPI', async () => {
    const spec = (await api.anonymous.get('/docs/openapi.json')).body;
    const post = spec.paths['/v1/artifacts'].post;
    expect(post.requestBody.content['multipart/form-data'].schema).toMatchObject({
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary' } },
    });
    expect(spec.paths['/v1/artifacts'].get.parameters).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'uri', in: 'query', required: true })]),
    );
    expect(spec.paths['/v1/artifacts/metadata'].get).toBeDefined();
  });
});
