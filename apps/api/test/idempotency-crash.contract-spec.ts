import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { crashableApi } from './support/crashable-api';

const ADMIN_TOKEN = 'idempotency-crash-admin-token-0123';
const CREATES = 50;

interface Create {
  readonly key: string;
  readonly name: string;
  first?: { status: number; body: unknown };
}

async function send(port: number, c: Create): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`http://127.0.0.1:${port}/v1/families`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${ADMIN_TOKEN}`,
      'content-type': 'application/json',
      'idempotency-key': c.key,
      connection: 'close',
    },
    body: JSON.stringify({ name: c.name }),
  });
  return { status: res.status, body: await res.json() };
}

describe('idempotency: kill -9 in the middle of 50 concurrent keyed creates', () => {
  const api = crashableApi({
    adminToken: ADMIN_TOKEN,
    dataDirPrefix: 'custody-idem-crash-',
    // A small pool queues the creates, so the kill finds some committed-unanswered and some not yet run.
    env: { CUSTODY_DB_POOL_SIZE: '4' },
  });

  it('creates exactly one entity per key, and every retry answers the first response', async () => {
    const port = api.port;
    await api.start();
    const creates: Create[] = Array.from({ length: CREATES }, (_, i) => ({
      key: `crash-key-${i}`,
      name: `Crash family ${i}`,
    }));
    const all = Promise.all(
      creates.map((c) =>
        send(port, c)
          .then((answer) => (c.first = answer))
          .catch(() => undefined),
      ),
    );
    const deadline = Date.now() + 60_000;
    while (creates.filter((c) => c.first).length < 10 && Date.now() < deadline) await sleep(1);
    await api.kill9();
    await all;
    const answered = creates.filter((c) => c.first);
    expect(answered.length).toBeGreaterThanOrEqual(10);
    expect(answered.length).toBeLessThan(CREATES);
    for (const c of answered) expect(c.first!.status).toBe(201);

    await api.start();
    // Every key retried (twice): the answered ones get their first answer again, the others run now, once.
    for (const c of creates) {
      const retry = await send(port, c);
      expect(retry.status).toBe(201);
      if (c.first) expect(retry.body).toEqual(c.first.body);
      expect(await send(port, c)).toEqual(retry);
    }

    const db = new Client({ connectionString: api.database.url });
    await db.connect();
    const { rows } = await db
      .query<{ key: string; n: number }>(
        `SELECT metadata->>'idempotencyKey' AS key, count(*)::int AS n FROM events
          WHERE type = 'FamilyRegistered' GROUP BY 1`,
      )
      .finally(() => db.end());
    expect(rows).toHaveLength(CREATES);
    expect(rows.every((r) => r.n === 1)).toBe(true);
    // eslint-disable-next-line no-console
    console.log(
      `idempotency crash: ${CREATES} keyed creates, ${answered.length} answered before kill -9, ` +
        `${CREATES - answered.length} unanswered; after restart and retry: ${rows.length} families, one per key`,
    );
  }, 240_000);
});
