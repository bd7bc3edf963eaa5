import * as fs from 'node:fs';
import * as http from 'node:http';
import { Socket } from 'node:net';
import * as path from 'node:path';
import { Client } from 'pg';
import { HttpClient } from '@custody/platform/testing';
import { TestApi, startTestApi } from './support/test-api';
import { BOUNDARY, closing, multipartBody, partHead } from './support/multipart';

const CAP = 1024;
const MiB = 1024 * 1024;

describe('artifacts: the size cap (CUSTODY_MAX_ARTIFACT_BYTES=1024)', () => {
  let api: TestApi;
  let worker: HttpClient;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    api = await startTestApi({ CUSTODY_MAX_ARTIFACT_BYTES: String(CAP) });
    worker = await api.as(['worker']);
    api.app.getHttpServer().on('connection', (socket: Socket) => sockets.push(socket));
  });
  afterAll(() => api.close());

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

  /** Regular files under <dataDir>/artifacts: blobs and temp files alike. */
  function storedFiles(): string[] {
    const root = path.join(api.config.dataDir, 'artifacts');
    return (fs.readdirSync(root, { recursive: true }) as string[]).filter((p) =>
      fs.lstatSync(path.join(root, p)).isFile(),
    );
  }

  const post = (body: Buffer) =>
    fetch(`${api.baseUrl}/v1/artifacts`, {
      method: 'POST',
      headers: { authorization: `Bearer ${worker.token}`, 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
      body,
    });

  it('accepts exactly the cap and refuses one byte more with 413 PayloadTooLarge', async () => {
    const atCap = await post(multipartBody([{ filename: 'a', body: Buffer.alloc(CAP, 1) }]));
    expect(atCap.status).toBe(201);
    expect(((await atCap.json()) as { sizeBytes: number }).sizeBytes).toBe(CAP);
    const over = await post(multipartBody([{ filename: 'a', body: Buffer.alloc(CAP + 1, 1) }]));
    expect(over.status).toBe(413);
    expect(over.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(await over.json()).toMatchObject({ status: 413, code: 'PayloadTooLarge', title: 'Payload Too Large' });
    expect(await artifactEvents()).toBe(1);
    expect(storedFiles()).toHaveLength(1);
  });

  it('refuses a 10 MiB upload with 413 before reading it to the end, and keeps nothing of it', async () => {
    const eventsBefore = await artifactEvents();
    const filesBefore = storedFiles();
    const total = 10 * MiB;
    const head = partHead({ filename: 'huge.bin', type: 'application/octet-stream' });
    const tail = closing();
    const { port } = new URL(api.baseUrl);
    const socketsBefore = sockets.length;

    const req = http.request({
      host: '127.0.0.1',
      port: Number(port),
      method: 'POST',
      path: '/v1/artifacts',
      agent: false,
      headers: {
        authorization: `Bearer ${worker.token}`,
        'content-type': `multipart/form-data; boundary=${BOUNDARY}`,
        'content-length': head.length + total + tail.length,
      },
    });
    let sent = 0;
    let sentWhenAnswered: number | undefined;
    const answer = new Promise<{ status: number; body: any }>((resolve, reject) => {
      req.on('response', (res) => {
        sentWhenAnswered = sent;
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(Buffer.concat(chunks).toString()) }));
      });
      req.on('error', (error) => {
        if (sentWhenAnswered === undefined) reject(error);
      });
    });
    const closed = new Promise<void>((resolve) => req.on('close', resolve));
    req.write(head);
    const chunk = Buffer.alloc(64 * 1024, 0x5a);
    // Write with back-pressure until everything is sent or the server stops taking bytes for good.
    while (sent < total && !req.destroyed) {
      const more = req.write(chunk);
      sent += chunk.length;
      if (!more) {
        let timer: NodeJS.Timeout | undefined;
        const drained = await Promise.race([
          new Promise<boolean>((resolve) => req.once('drain', () => resolve(true))),
          closed.then(() => false),
          new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), 5000))),
        ]);
        clearTimeout(timer);
        if (!drained) break;
      }
    }
    const { status, body } = await answer;
    expect(status).toBe(413);
    expect(body).toMatchObject({ code: 'PayloadTooLarge' });
    // The answer came while the client was still sending, and the server never took the whole body.
    expect(sentWhenAnswered).toBeDefined();
    expect(sentWhenAnswered!).toBeLessThan(total);
    expect(sent).toBeLessThan(total);
    req.destroy();
    await closed;
    const serverSocket = sockets[socketsBefore];
    expect(serverSocket).toBeDefined();
    expect(serverSocket.bytesRead).toBeLessThan(2 * MiB);

    expect(await artifactEvents()).toBe(eventsBefore);
    expect(storedFiles()).toEqual(filesBefore);
  });

  it('lets an ordinary client (fetch) read the 413 while it is still sending', async () => {
    const res = await post(multipartBody([{ filename: 'big', body: Buffer.alloc(10 * MiB, 7) }])).catch(
      (error: unknown) => error,
    );
    expect(res).toBeInstanceOf(Response);
    expect((res as Response).status).toBe(413);
    expect(storedFiles()).toHaveLength(1);
  });
});
