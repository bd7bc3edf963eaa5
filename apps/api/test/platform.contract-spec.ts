import { TestApi, startTestApi } from './support/test-api';

/** Every route Express serves, as `METHOD /path/{param}`. */
function routesOf(api: TestApi): string[] {
  const router = (
    api.app.getHttpAdapter().getInstance() as {
      router: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] };
    }
  ).router;
  return router.stack
    .filter((layer) => layer.route)
    .flatMap((layer) =>
      Object.keys(layer.route!.methods).map(
        (m) => `${m.toUpperCase()} ${layer.route!.path.replace(/:([A-Za-z0-9_]+)/g, '{$1}')}`,
      ),
    );
}

describe('platform routes', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('answers health without a token', async () => {
    expect((await api.anonymous.get('/health/live')).body).toEqual({ status: 'ok' });
    const ready = await api.anonymous.get('/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({
      status: 'ok',
      info: {
        database: expect.objectContaining({ status: 'up' }),
        migrations: expect.objectContaining({ status: 'up' }),
        projections: expect.objectContaining({ status: 'up' }),
        artifactStore: expect.objectContaining({ status: 'up', kind: 'file' }),
      },
    });
  });

  it('serves Prometheus metrics with HTTP, event and projection figures', async () => {
    await api.admin.post('/v1/families', { name: 'Metrics family' });
    await api.drain();
    const res = await api.anonymous.get('/metrics');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    expect(res.text).toContain('custody_http_request_duration_seconds_bucket');
    expect(res.text).toMatch(
      /custody_events_appended_total\{stream_type="equipment.family",type="FamilyRegistered"} 1/,
    );
    expect(res.text).toMatch(/custody_projection_lag_events\{projection="asset_summary"} 0/);
  });

  it('serves OpenAPI listing every route the app serves', async () => {
    const docs = await api.anonymous.get('/docs');
    expect(docs.status).toBe(200);
    const spec = await api.anonymous.get('/docs/openapi.json');
    expect(spec.status).toBe(200);
    const documented = new Set(
      Object.entries(spec.body.paths as Record<string, Record<string, unknown>>).flatMap(([p, ops]) =>
        Object.keys(ops).map((method) => `${method.toUpperCase()} ${p}`),
      ),
    );
    const served = routesOf(api).filter(
      (r) => r.startsWith('GET /v1') || r.startsWith('POST /v1') || /^(PUT|PATCH|DELETE) \/v1/.test(r),
    );
    expect(served.length).toBeGreaterThan(8);
    for (const route of served) expect(documented).toContain(route);
    const body = spec.body.paths['/v1/assets'].post.requestBody.content['application/json'].schema;
    const named = spec.body.components.schemas[body.$ref.replace('#/components/schemas/', '')];
    expect(named.properties).toHaveProperty('familyId');
  });

  it('creates principals (admin only) whose token authenticates, shown once and stored hashed', async () => {
    const created = await api.admin.post('/v1/principals', {
      name: 'edge-host-7',
      roles: ['worker'],
      groups: ['beamline-7'],
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      principalId: expect.any(String),
      name: 'edge-host-7',
      roles: ['worker'],
      groups: ['beamline-7'],
      token: expect.stringMatching(/^cus_/),
    });
    const me = await api.admin.as(created.body.token).get('/v1/principals/me');
    expect(me.body).toEqual({
      principalId: created.body.principalId,
      name: 'edge-host-7',
      roles: ['worker'],
      groups: ['beamline-7'],
    });
    const operator = await api.as(['operator']);
    const refused = await operator.post('/v1/principals', { name: 'x', roles: ['admin'] });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('Forbidden');
  });

  it('answers 401 Unauthenticated without or with an unknown token, as problem+json', async () => {
    for (const token of [undefined, 'cus_not-a-real-token']) {
      const res = await api.anonymous.as(token).get('/v1/principals/me');
      expect(res.status).toBe(401);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(res.body).toMatchObject({
        status: 401,
        code: 'Unauthenticated',
        title: expect.any(String),
        type: expect.any(String),
        detail: expect.any(String),
      });
    }
  });

  it('refuses malformed JSON with 400 ValidationFailed', async () => {
    const res = await api.admin.request('POST', '/v1/families', {
      raw: '{"name": ',
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      code: 'ValidationFailed',
      errors: [expect.objectContaining({ message: expect.any(String) })],
    });
  });

  it('refuses text PostgreSQL cannot store (NUL, unpaired surrogates) with 400, never a 500', async () => {
    for (const raw of ['{"name":"a\\u0000b"}', '{"name":"a\\ud800b"}', '{"name":"ok","\\u0000":1}']) {
      const res = await api.admin.request('POST', '/v1/families', {
        raw,
        headers: { 'content-type': 'application/json' },
      });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('ValidationFailed');
    }
    const nested = await api.admin.post('/v1/assets', {
      name: 'x',
      familyId: '00000000-0000-0000-0000-000000000000',
      owner: { name: 'a\u0000' },
    });
    expect(nested.body.errors).toEqual([{ path: 'owner.name', message: expect.any(String) }]);
  });

  it('answers unknown routes with 404 problem+json', async () => {
    const res = await api.admin.get('/v1/nothing-here');
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('RouteNotFound');
  });

  it('lists projections and rebuilds one (admin)', async () => {
    const list = await api.admin.get('/v1/projections');
    expect(list.body.items.map((p: { name: string }) => p.name)).toContain('asset_summary');
    const rebuilt = await api.admin.post('/v1/projections/asset_summary/rebuild');
    expect(rebuilt.status).toBe(200);
    expect(rebuilt.body).toEqual({ name: 'asset_summary', eventsProcessed: expect.any(Number) });
    expect((await api.admin.post('/v1/projections/nope/rebuild')).body.code).toBe('ProjectionNotFound');
    const reader = await api.as(['reader']);
    expect((await reader.post('/v1/projections/asset_summary/rebuild')).status).toBe(403);
  });
});
