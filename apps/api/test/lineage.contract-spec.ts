import { createHash } from 'node:crypto';
import { HttpClient } from '@custody/platform/testing';
import { TestApi, startTestApi } from './support/test-api';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const md5 = (s: string) => createHash('md5').update(s).digest('hex');
const NO_SUCH = '00000000-0000-7000-8000-00000000beef';

const job = (jobUid: string, extra: Record<string, unknown> = {}) => ({
  jobUid,
  command: `python step.py --id ${jobUid}`,
  stepNumber: 1,
  startedAt: '2026-03-01T10:00:00Z',
  durationSeconds: 1.5,
  exitCode: 0,
  ...extra,
});
const artifact = (content: string, extra: Record<string, unknown> = {}) => ({
  hashes: [{ algorithm: 'sha256', digest: sha256(content) }],
  size: content.length,
  sourceType: 'file',
  sourceUrl: `file:///data/${content}`,
  ...extra,
});
const link = (jobUid: string, direction: 'input' | 'output', content: string) => ({
  jobUid,
  direction,
  hash: { algorithm: 'sha256', digest: sha256(content) },
  path: `/data/${content}`,
});

/** Starting an API on a fresh database takes seconds on a busy machine. */
const HOOK_TIMEOUT_MS = 60_000;
// Each case makes dozens of real requests; on a shared 2-core machine that can take longer than Jest's 5 s.
jest.setTimeout(30_000);

describe('lineage registration over REST', () => {
  let api: TestApi;
  let worker: HttpClient;

  beforeAll(async () => {
    api = await startTestApi();
    worker = await api.as(['worker']);
  }, HOOK_TIMEOUT_MS);
  afterAll(() => api.close(), HOOK_TIMEOUT_MS);

  const open = async (client: HttpClient = worker, body: Record<string, unknown> = {}) => {
    const res = await client.post('/v1/lineage/sessions', body);
    expect(res.status).toBe(201);
    return res.body.sessionId as string;
  };
  const post = (sessionId: string, what: string, body: unknown, client: HttpClient = worker) =>
    client.post(`/v1/lineage/sessions/${sessionId}/${what}`, body);

  it('seals the documented rendering: lineageHash is the sha256 of its sorted lines', async () => {
    const sessionId = await open(worker, { git: { repo: 'r', commit: 'c0ffee', branch: 'main' } });
    const runId = '0190a000-0000-7000-8000-00000000a11e';
    const raw = {
      hashes: [
        { algorithm: 'md5', digest: md5('pin-raw') },
        { algorithm: 'sha256', digest: sha256('pin-raw') },
      ],
      size: 12,
      sourceType: 'none',
    };
    expect(
      (
        await post(sessionId, 'jobs', {
          jobs: [job('pin-étape', { runId, durationSeconds: 0.1, exitCode: undefined })],
        })
      ).status,
    ).toBe(200);
    expect((await post(sessionId, 'artifacts', { artifacts: [raw, artifact('pin-out')] })).status).toBe(200);
    const links = [
      { jobUid: 'pin-étape', direction: 'input', hash: raw.hashes[0], path: '/raw' },
      link('pin-étape', 'output', 'pin-out'),
    ];
    expect((await post(sessionId, 'links', { links })).status).toBe(200);
    const finalized = await post(sessionId, 'finalize', { expected: { jobs: 1, inputs: 1, outputs: 1 } });
    expect(finalized.status).toBe(200);
    const rendering = [
      `"artifact"\t"sha256:${sha256('pin-out')}"\t7\t"file"\t"file:///data/pin-out"\n`,
      `"artifact"\t"sha256:${sha256('pin-raw')},md5:${md5('pin-raw')}"\t12\t"none"\tnull\n`,
      `"git"\t"r"\t"c0ffee"\t"main"\n`,
      `"job"\t"pin-\\u00e9tape"\t"python step.py --id pin-\\u00e9tape"\t1\t"2026-03-01T10:00:00Z"\t0.1\tnull\t"${runId}"\n`,
      `"link"\t"pin-\\u00e9tape"\t"input"\t"sha256:${sha256('pin-raw')}"\t"/raw"\n`,
      `"link"\t"pin-\\u00e9tape"\t"output"\t"sha256:${sha256('pin-out')}"\t"/data/pin-out"\n`,
    ]
      .sort()
      .join('');
    expect(finalized.body.lineageHash).toBe(sha256(rendering));
  });

  it('opens a session, resumes it by clientSessionId (per principal), and answers closed after finalize', async () => {
    const first = await worker.post('/v1/lineage/sessions', {
      clientSessionId: 'roar-1',
      git: { repo: 'https://git.example/p', commit: 'abc', branch: 'main' },
    });
    expect(first.status).toBe(201);
    expect(first.body).toEqual({ sessionId: expect.any(String), created: true, status: 'open' });
    const again = await worker.post('/v1/lineage/sessions', { clientSessionId: 'roar-1' });
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ sessionId: first.body.sessionId, created: false, status: 'open' });
    const other = await (await api.as(['worker'])).post('/v1/lineage/sessions', { clientSessionId: 'roar-1' });
    expect(other.status).toBe(201);
    expect(other.body.sessionId).not.toBe(first.body.sessionId);

    const finalized = await post(first.body.sessionId, 'finalize', { expected: { jobs: 0, inputs: 0, outputs: 0 } });
    expect(finalized.status).toBe(200);
    expect(finalized.body).toEqual({
      sessionId: first.body.sessionId,
      status: 'closed',
      lineageHash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const resumed = await worker.post('/v1/lineage/sessions', { clientSessionId: 'roar-1' });
    expect(resumed.body).toEqual({ sessionId: first.body.sessionId, created: false, status: 'closed' });
    for (const [what, body] of [
      ['jobs', { jobs: [job('late')] }],
      ['artifacts', { artifacts: [artifact('late')] }],
      ['links', { links: [link('late', 'input', 'late')] }],
    ] as const) {
      const res = await post(first.body.sessionId, what, body);
      expect({ what, status: res.status, code: res.body.code }).toEqual({
        what,
        status: 409,
        code: 'LineageSessionClosed',
      });
    }
    // Finalizing again answers the seal again.
    expect(
      (await post(first.body.sessionId, 'finalize', { expected: { jobs: 0, inputs: 0, outputs: 0 } })).body,
    ).toEqual(finalized.body);
  });

  it('stages jobs: the same jobs again are existing', async () => {
    const sessionId = await open();
    expect((await post(sessionId, 'jobs', { jobs: [job('j-a'), job('j-b', { runId: NO_SUCH })] })).body).toEqual({
      created: 2,
      existing: 0,
    });
    const again = await post(sessionId, 'jobs', { jobs: [job('j-a'), job('j-c')] });
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ created: 1, existing: 1 });
  });

  it('refuses a jobUid that belongs to another finalized lineage', async () => {
    const sealed = await open();
    await post(sealed, 'jobs', { jobs: [job('sealed-1')] });
    expect((await post(sealed, 'finalize', { expected: { jobs: 1, inputs: 0, outputs: 0 } })).status).toBe(200);
    const res = await post(
      await open(await api.as(['worker'])),
      'jobs',
      { jobs: [job('fresh'), job('sealed-1')] },
      worker,
    );
    // Another principal's session is not ours to stage in.
    expect(res.status).toBe(404);
    const mine = await open();
    const conflict = await post(mine, 'jobs', { jobs: [job('fresh'), job('sealed-1')] });
    expect(conflict.status).toBe(409);
    expect(conflict.body.code).toBe('LineageJobConflict');
    expect(conflict.headers.get('content-type')).toMatch(/application\/problem\+json/);
    // Nothing of the refused batch was staged.
    expect((await post(mine, 'jobs', { jobs: [job('fresh')] })).body).toEqual({ created: 1, existing: 0 });
  });

  it('registers artifacts with several hashes; a known hash is existing and must agree on size', async () => {
    const sessionId = await open();
    const multi = artifact('multi', {
      hashes: [
        { algorithm: 'sha256', digest: sha256('multi') },
        { algorithm: 'md5', digest: md5('multi').toUpperCase() },
        { algorithm: 'blake3', digest: 'b'.repeat(64) },
      ],
    });
    expect((await post(sessionId, 'artifacts', { artifacts: [multi, artifact('empty', { size: 0 })] })).body).toEqual({
      created: 2,
      existing: 0,
    });
    expect(
      (
        await post(sessionId, 'artifacts', {
          artifacts: [artifact('multi', { hashes: [{ algorithm: 'md5', digest: md5('multi') }] })],
        })
      ).body,
    ).toEqual({ created: 0, existing: 1 });
    // Known from another session too.
    const other = await open();
    expect((await post(other, 'artifacts', { artifacts: [artifact('multi')] })).body).toEqual({
      created: 0,
      existing: 1,
    });
    const mismatch = await post(other, 'artifacts', { artifacts: [artifact('multi', { size: 99 })] });
    expect(mismatch.status).toBe(409);
    expect(mismatch.body.code).toBe('LineageArtifactMismatch');

    const read = await worker.get(`/v1/lineage/artifacts/md5:${md5('multi')}`);
    expect(read.status).toBe(200);
    expect(read.body).toEqual({
      artifact: {
        id: `artifact:sha256:${sha256('multi')}`,
        hashes: [
          { algorithm: 'sha256', digest: sha256('multi') },
          { algorithm: 'blake3', digest: 'b'.repeat(64) },
          { algorithm: 'md5', digest: md5('multi') },
        ],
        size: 5,
        sourceType: 'file',
        sourceUrl: 'file:///data/multi',
      },
      producedBy: [],
      consumedBy: [],
    });
    expect((await worker.get(`/v1/lineage/artifacts/sha256:${sha256('never')}`)).body.code).toBe(
      'LineageArtifactNotFound',
    );
    expect((await worker.get(`/v1/lineage/artifacts/sha256:abc`)).status).toBe(400);
    expect((await worker.get(`/v1/lineage/artifacts/crc32:abcd`)).status).toBe(400);
  });

  it.each([
    ['a negative size', { size: -1 }],
    ['no hashes', { hashes: [] }],
    ['an unknown sourceType', { sourceType: 'ftp' }],
    ['a short sha256', { hashes: [{ algorithm: 'sha256', digest: 'ab' }] }],
    ['a long md5', { hashes: [{ algorithm: 'md5', digest: 'a'.repeat(64) }] }],
    ['a non-hex digest', { hashes: [{ algorithm: 'sha256', digest: 'z'.repeat(64) }] }],
    ['an unknown algorithm', { hashes: [{ algorithm: 'sha1', digest: 'a'.repeat(40) }] }],
    [
      'two hashes of one algorithm',
      {
        hashes: [
          { algorithm: 'md5', digest: 'a'.repeat(32) },
          { algorithm: 'md5', digest: 'b'.repeat(32) },
        ],
      },
    ],
    ['an unknown field', { colour: 'red' }],
  ])('refuses an artifact with %s: 400 ValidationFailed', async (_label, change) => {
    const res = await post(await open(), 'artifacts', { artifacts: [artifact('bad', change)] });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('ValidationFailed');
    expect(res.body.errors.length).toBeGreaterThan(0);
  });

  it('links all or nothing: an unregistered hash is named, an unknown job is 404, nothing of the batch is linked', async () => {
    const sessionId = await open();
    await post(sessionId, 'jobs', { jobs: [job('l-1')] });
    await post(sessionId, 'artifacts', { artifacts: [artifact('l-in'), artifact('l-out')] });
    const unregistered = await post(sessionId, 'links', {
      links: [link('l-1', 'input', 'l-in'), link('l-1', 'output', 'l-ghost')],
    });
    expect(unregistered.status).toBe(404);
    expect(unregistered.body.code).toBe('LineageArtifactNotRegistered');
    expect(unregistered.body.detail).toContain(`sha256:${sha256('l-ghost')}`);
    const unknownJob = await post(sessionId, 'links', {
      links: [link('l-1', 'input', 'l-in'), link('l-9', 'input', 'l-in')],
    });
    expect(unknownJob.status).toBe(404);
    expect(unknownJob.body.code).toBe('LineageJobNotFound');
    // Nothing was linked by the refused batches: the counts are still zero.
    const early = await post(sessionId, 'finalize', { expected: { jobs: 1, inputs: 1, outputs: 0 } });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('LineageCountsMismatch');

    const linked = await post(sessionId, 'links', {
      links: [link('l-1', 'input', 'l-in'), link('l-1', 'output', 'l-out')],
    });
    expect(linked.status).toBe(200);
    expect(linked.body).toEqual({ linked: 2 });
    expect((await post(sessionId, 'links', { links: [link('l-1', 'input', 'l-in')] })).body).toEqual({ linked: 1 });
    const sealed = await post(sessionId, 'finalize', { expected: { jobs: 1, inputs: 1, outputs: 1 } });
    expect(sealed.status).toBe(200);

    const produced = await worker.get(`/v1/lineage/artifacts/sha256:${sha256('l-out')}`);
    expect(produced.body.producedBy).toEqual([
      expect.objectContaining({ id: 'job:l-1', jobUid: 'l-1', stepNumber: 1 }),
    ]);
    expect(produced.body.consumedBy).toEqual([]);
    const consumed = await worker.get(`/v1/lineage/artifacts/sha256:${sha256('l-in')}`);
    expect(consumed.body.consumedBy).toEqual([expect.objectContaining({ id: 'job:l-1' })]);
  });

  it('finalize: the counts must match (the session stays open), and the hash does not depend on the order things were sent', async () => {
    const register = async (order: 'forward' | 'reverse') => {
      const sessionId = await open(worker, { git: { repo: 'r', commit: 'c1', branch: 'b' } });
      const jobs = [job('h-1'), job('h-2', { stepNumber: 2 })];
      const artifacts = [artifact('h-a'), artifact('h-b'), artifact('h-c')];
      const links = [
        link('h-1', 'input', 'h-a'),
        link('h-1', 'output', 'h-b'),
        link('h-2', 'input', 'h-b'),
        link('h-2', 'output', 'h-c'),
      ];
      const flip = <T>(items: T[]) => (order === 'forward' ? items : [...items].reverse());
      for (const j of flip(jobs)) await post(sessionId, 'jobs', { jobs: [j] });
      await post(sessionId, 'artifacts', { artifacts: flip(artifacts) });
      await post(sessionId, 'links', { links: flip(links) });
      return sessionId;
    };
    const forward = await register('forward');
    const mismatch = await post(forward, 'finalize', { expected: { jobs: 2, inputs: 2, outputs: 1 } });
    expect(mismatch.status).toBe(409);
    expect(mismatch.body.code).toBe('LineageCountsMismatch');
    // Still open: more can be staged.
    expect((await post(forward, 'jobs', { jobs: [job('h-1')] })).body).toEqual({ created: 0, existing: 1 });
    const a = await post(forward, 'finalize', { expected: { jobs: 2, inputs: 2, outputs: 2 } });
    expect(a.status).toBe(200);
    // The same jobUids in a second session conflict; so build the reverse one in a fresh api principal space.
    const reverseApi = await startTestApi();
    try {
      const reverseWorker = await reverseApi.as(['worker']);
      const sessionId = (
        await reverseWorker.post('/v1/lineage/sessions', { git: { repo: 'r', commit: 'c1', branch: 'b' } })
      ).body.sessionId;
      const p = (what: string, body: unknown) => reverseWorker.post(`/v1/lineage/sessions/${sessionId}/${what}`, body);
      await p('jobs', { jobs: [job('h-2', { stepNumber: 2 }), job('h-1')] });
      await p('artifacts', { artifacts: [artifact('h-c')] });
      await p('artifacts', { artifacts: [artifact('h-b'), artifact('h-a')] });
      await p('links', { links: [link('h-2', 'output', 'h-c'), link('h-2', 'input', 'h-b')] });
      await p('links', { links: [link('h-1', 'output', 'h-b'), link('h-1', 'input', 'h-a')] });
      const b = await p('finalize', { expected: { jobs: 2, inputs: 2, outputs: 2 } });
      expect(b.body.lineageHash).toBe(a.body.lineageHash);
    } finally {
      await reverseApi.close();
    }
  }, 120_000);

  it('answers 404 for an unknown session and 400 for a malformed one or body', async () => {
    const unknown = await post(NO_SUCH, 'jobs', { jobs: [job('x')] });
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('LineageSessionNotFound');
    expect((await post(NO_SUCH, 'finalize', { expected: { jobs: 0, inputs: 0, outputs: 0 } })).body.code).toBe(
      'LineageSessionNotFound',
    );
    expect((await post('not-a-uuid', 'jobs', { jobs: [job('x')] })).status).toBe(400);
    const sessionId = await open();
    for (const body of [
      {},
      { jobs: [] },
      { jobs: [job('x', { startedAt: 'yesterday' })] },
      { jobs: [job('x', { stepNumber: -1 })] },
    ]) {
      const res = await post(sessionId, 'jobs', body);
      expect({ body, status: res.status, code: res.body.code }).toEqual({
        body,
        status: 400,
        code: 'ValidationFailed',
      });
    }
    expect(
      (await post(sessionId, 'links', { links: [{ ...link('x', 'input', 'x'), direction: 'sideways' }] })).status,
    ).toBe(400);
    expect((await post(sessionId, 'finalize', { expected: { jobs: 0 } })).status).toBe(400);
    for (const change of [{ exitCode: 2 ** 40 }, { stepNumber: 2 ** 31 }, { jobUid: 'j'.repeat(201) }]) {
      expect((await post(sessionId, 'jobs', { jobs: [job('big', change)] })).status).toBe(400);
    }
  });

  it('keeps paths of any length a client may send (no index limit reaches the client)', async () => {
    const sessionId = await open();
    await post(sessionId, 'jobs', { jobs: [job('long-path')] });
    await post(sessionId, 'artifacts', { artifacts: [artifact('long')] });
    const path = `/data/${'ü'.repeat(2000)}`;
    const links = [{ ...link('long-path', 'input', 'long'), path }];
    expect((await post(sessionId, 'links', { links })).body).toEqual({ linked: 1 });
    expect((await post(sessionId, 'links', { links })).body).toEqual({ linked: 1 });
    expect((await post(sessionId, 'finalize', { expected: { jobs: 1, inputs: 1, outputs: 0 } })).status).toBe(200);
  });

  it('lets readers read but not register; needs a token', async () => {
    const reader = await api.as(['reader']);
    const res = await reader.post('/v1/lineage/sessions', {});
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('Forbidden');
    expect((await api.anonymous.post('/v1/lineage/sessions', {})).status).toBe(401);
    expect((await reader.get(`/v1/lineage/artifacts/sha256:${sha256('never')}`)).status).toBe(404);
  });

  it('takes 10,000 artifacts in one request of more than 2 MiB, and refuses a body over 16 MiB with 413', async () => {
    const sessionId = await open();
    const artifacts = Array.from({ length: 10_000 }, (_, i) =>
      artifact(`bulk-${i}`, {
        sourceUrl: `s3://bucket/some/rather/long/prefix/for/a/pipeline/output/${'x'.repeat(120)}/${i}`,
      }),
    );
    const body = JSON.stringify({ artifacts });
    expect(body.length).toBeGreaterThan(2 * 1024 * 1024);
    const res = await post(sessionId, 'artifacts', { artifacts });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ created: 10_000, existing: 0 });
    const tooBig = await worker.request('POST', `/v1/lineage/sessions/${sessionId}/links`, {
      raw: JSON.stringify({ links: [], pad: 'x'.repeat(16 * 1024 * 1024) }),
      headers: { 'content-type': 'application/json' },
    });
    expect(tooBig.status).toBe(413);
    expect(tooBig.body.code).toBe('PayloadTooLarge');
    // Other routes keep the 2 MiB limit.
    const elsewhere = await worker.request('POST', '/v1/lineage/sessions', {
      raw: JSON.stringify({ clientSessionId: 'x'.repeat(3 * 1024 * 1024) }),
      headers: { 'content-type': 'application/json' },
    });
    expect(elsewhere.status).toBe(413);
  }, 120_000);

  it('documents every lineage operation with its response schema and problems', async () => {
    const doc = (await api.anonymous.get('/docs/openapi.json')).body;
    const ops = [
      ['/v1/lineage/sessions', 'post', '201'],
      ['/v1/lineage/sessions/{sessionId}/jobs', 'post', '200'],
      ['/v1/lineage/sessions/{sessionId}/artifacts', 'post', '200'],
      ['/v1/lineage/sessions/{sessionId}/links', 'post', '200'],
      ['/v1/lineage/sessions/{sessionId}/finalize', 'post', '200'],
      ['/v1/lineage/artifacts/{hash}', 'get', '200'],
      ['/v1/lineage/graph', 'get', '200'],
      ['/v1/lineage/openlineage', 'post', '201'],
    ];
    for (const [path, method, status] of ops) {
      const op = doc.paths[path]?.[method];
      expect({ path, documented: Boolean(op?.responses?.[status]?.content) }).toEqual({ path, documented: true });
      expect(Object.keys(op.responses).some((s) => s.startsWith('4'))).toBe(true);
    }
  });
});
