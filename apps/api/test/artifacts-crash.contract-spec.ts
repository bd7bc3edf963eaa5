import { createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { crashableApi } from './support/crashable-api';
import { BOUNDARY, closing, partHead } from './support/multipart';

const ADMIN_TOKEN = 'crash-test-admin-token-0123456789';
const DEPOSITS = 50;
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

interface Deposit {
  readonly bytes: Buffer;
  status?: number;
  uri?: string;
  error?: string;
}

/** One deposit over its own connection, its body trickled in chunks so that many are in flight at once. */
function deposit(port: number, token: string, d: Deposit): Promise<void> {
  return new Promise<void>((resolve) => {
    const head = partHead({ filename: 'part.bin', type: 'application/octet-stream' });
    const tail = closing();
    const req = http.request({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: '/v1/artifacts',
      agent: false,
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': `multipart/form-data; boundary=${BOUNDARY}`,
        'content-length': head.length + d.bytes.length + tail.length,
      },
    });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        d.status = res.statusCode;
        if (res.statusCode === 201) d.uri = JSON.parse(Buffer.concat(chunks).toString()).artifactUri;
        resolve();
      });
      res.on('error', (error) => {
        d.error = error.message;
        resolve();
      });
    });
    req.on('error', (error) => {
      d.error ??= error.message;
      resolve();
    });
    void (async () => {
      req.write(head);
      for (let i = 0; i < d.bytes.length && !req.destroyed; i += 32 * 1024) {
        req.write(d.bytes.subarray(i, i + 32 * 1024));
        await sleep(1);
      }
      if (!req.destroyed) req.end(tail);
    })();
  });
}

function walk(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[]).map((p) => path.join(dir, p));
}

describe('artifacts: kill -9 in the middle of 50 concurrent deposits', () => {
  const api = crashableApi({ adminToken: ADMIN_TOKEN, dataDirPrefix: 'custody-crash-' });

  it('keeps every recorded artifact whole, leaves no temp file and shows nothing else', async () => {
    const port = api.port;
    await api.start();
    const admin = { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' };
    const created = await fetch(`http://127.0.0.1:${port}/v1/principals`, {
      method: 'POST',
      headers: admin,
      body: JSON.stringify({ name: 'edge-host', roles: ['worker'] }),
    });
    const { token } = (await created.json()) as { token: string };

    const deposits: Deposit[] = Array.from({ length: DEPOSITS }, (_, i) => ({
      bytes: randomBytes(64 * 1024 + ((i * 7919 * 97) % (3 * 1024 * 1024))),
    }));
    const all = Promise.all(deposits.map((d) => deposit(port, token, d)));
    // Kill once some deposits are answered and others are still streaming.
    const deadline = Date.now() + 60_000;
    while (deposits.filter((d) => d.status === 201).length < 10 && Date.now() < deadline) await sleep(5);
    const inFlight = deposits.filter((d) => d.status === undefined && d.error === undefined).length;
    await api.kill9();
    await all;
    const answered = deposits.filter((d) => d.status === 201);
    expect(answered.length).toBeGreaterThanOrEqual(10);
    expect(inFlight).toBeGreaterThan(0);
    expect(deposits.filter((d) => d.uri === undefined).length).toBeGreaterThan(0);

    // Restart on the same database and data directory.
    await api.start();

    const root = path.join(api.dataDir, 'artifacts');
    expect(walk(root).filter((p) => path.basename(p).startsWith('.tmp-'))).toEqual([]);

    const db = new Client({ connectionString: api.database.url });
    await db.connect();
    const { rows } = await db
      .query<{ stream_id: string; data: { sizeBytes: number; sha256: string } }>(
        `SELECT stream_id, data FROM events WHERE stream_type = 'artifact.artifact'`,
      )
      .finally(() => db.end());
    const recorded = new Map(rows.map((r) => [r.stream_id, r.data]));
    const sent = new Map(deposits.map((d) => [sha256(d.bytes), d.bytes]));

    // Every answered deposit is recorded; every record is fetchable byte-exact and is what a client sent.
    for (const d of answered) expect(recorded.has(d.uri!.slice('custody://artifacts/'.length))).toBe(true);
    for (const [id, data] of recorded) {
      const res = await fetch(`http://127.0.0.1:${port}/v1/artifacts?uri=custody://artifacts/${id}`, {
        headers: admin,
      });
      expect(res.status).toBe(200);
      const bytes = Buffer.from(await res.arrayBuffer());
      expect(bytes.length).toBe(data.sizeBytes);
      expect(sha256(bytes)).toBe(data.sha256);
      expect(sent.get(data.sha256)?.equals(bytes)).toBe(true);
    }
    for (const d of answered) {
      const res = await fetch(`http://127.0.0.1:${port}/v1/artifacts?uri=${d.uri}`, { headers: admin });
      expect(Buffer.from(await res.arrayBuffer()).equals(d.bytes)).toBe(true);
    }

    // Bytes that made it to the store without a record (the kill came between the two) are not reachable.
    const blobs = walk(root).filter((p) => /^[0-9a-f]{32}$/.test(path.basename(p)));
    for (const blob of blobs.filter((p) => !recorded.has(path.basename(p)))) {
      const res = await fetch(`http://127.0.0.1:${port}/v1/artifacts?uri=custody://artifacts/${path.basename(blob)}`, {
        headers: admin,
      });
      expect(res.status).toBe(404);
    }
    expect(blobs.length).toBeGreaterThanOrEqual(recorded.size);
    // Nothing but shard directories and blobs lives in the store.
    for (const entry of walk(root)) {
      const name = path.basename(entry);
      expect(/^[0-9a-f]{2}$/.test(name) || /^[0-9a-f]{32}$/.test(name)).toBe(true);
    }
  }, 300_000);
});
