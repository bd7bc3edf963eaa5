import * as fs from 'node:fs';
import * as path from 'node:path';
import { Client } from 'pg';
import { TestApi, startTestApi } from './support/test-api';

describe('health: /health/ready names what is down', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ CUSTODY_PROJECTION_LAG_BOUND_SECONDS: '60' });
  });
  afterAll(() => api.close());

  it('is 503 problem+json naming the projections when an unprocessed event is older than the bound', async () => {
    expect((await api.anonymous.get('/health/ready')).status).toBe(200);
    await api.admin.post('/v1/families', { name: 'Lagging' });
    // The worker has not run: age the unprocessed event past the bound, as if it had been down for an hour.
    const db = new Client({ connectionString: api.databaseUrl });
    await db.connect();
    try {
      await db.query(`UPDATE events SET recorded_at = now() - interval '1 hour'`);
      const res = await api.anonymous.get('/health/ready');
      expect(res.status).toBe(503);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(res.body).toMatchObject({ status: 503, code: 'NotReady', down: ['projections'] });
      expect(res.body.detail).toContain('projections');
      expect(res.body.info).toMatchObject({ database: { status: 'up' }, artifactStore: { status: 'up' } });
      await api.drain();
      expect((await api.anonymous.get('/health/ready')).status).toBe(200);
    } finally {
      await db.end();
    }
  });

  it('is 503 naming the artifact store when it cannot take bytes', async () => {
    const root = path.join(api.config.dataDir, 'artifacts');
    const aside = `${root}.aside`;
    fs.renameSync(root, aside);
    fs.writeFileSync(root, 'a file where the store’s directory should be');
    try {
      const res = await api.anonymous.get('/health/ready');
      expect(res.status).toBe(503);
      expect(res.body.down).toEqual(['artifactStore']);
      expect(res.body.error.artifactStore).toMatchObject({ status: 'down', message: expect.any(String) });
    } finally {
      fs.rmSync(root);
      fs.renameSync(aside, root);
    }
    expect((await api.anonymous.get('/health/ready')).status).toBe(200);
  });

  it('stays live while not ready', async () => {
    expect((await api.anonymous.get('/health/live')).body).toEqual({ status: 'ok' });
  });
});
