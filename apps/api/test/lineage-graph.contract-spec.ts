import { createHash, randomUUID } from 'node:crypto';
import { Client as McpClient } from '@modelcontextprotocol/sdk/client/index.js';
import { EventStore } from '@custody/platform';
import { HttpClient } from '@custody/platform/testing';
import { BOUNDARY, multipartBody } from './support/multipart';
import { TestApi, startTestApi } from './support/test-api';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const job = (jobUid: string, extra: Record<string, unknown> = {}) => ({
  jobUid,
  command: `step ${jobUid}`,
  stepNumber: 1,
  startedAt: '2026-03-01T10:00:00Z',
  ...extra,
});
const hashOf = (content: string) => ({ algorithm: 'sha256', digest: sha256(content) });

interface Graph {
  nodes: { id: string; kind: string; depth: number; [k: string]: unknown }[];
  edges: { from: string; to: string; kind: string }[];
  truncated: boolean;
}

/** Starting an API on a fresh database takes seconds on a busy machine. */
const HOOK_TIMEOUT_MS = 60_000;
// Each case makes dozens of real requests; on a shared 2-core machine that can take longer than Jest's 5 s.
jest.setTimeout(30_000);

describe('the lineage graph, across contexts', () => {
  let api: TestApi;
  let operator: HttpClient;
  let tracer: HttpClient;
  let mcp: McpClient;

  beforeAll(async () => {
    api = await startTestApi();
    operator = await api.as(['operator']);
    const created = await api.admin.post('/v1/principals', { name: 'tracer', roles: ['worker'] });
    tracer = new HttpClient(api.baseUrl, created.body.token);
    mcp = await api.mcp(created.body.token);
  }, HOOK_TIMEOUT_MS);
  afterAll(() => api.close(), HOOK_TIMEOUT_MS);

  /** What another context publishes on `operation.run` (issue 12's published language), appended as it would. */
  const publishRun = async (runId: string, type: string, data: Record<string, unknown>) => {
    const store = api.app.get(EventStore);
    const head = await store.head(runId);
    await store.append([
      { streamType: 'operation.run', streamId: runId, expectedVersion: head?.version ?? 0, events: [{ type, data }] },
    ]);
  };
  const graph = async (node: string, direction = 'upstream', depth = 20): Promise<Graph> => {
    const res = await tracer.get(
      `/v1/lineage/graph?node=${encodeURIComponent(node)}&direction=${direction}&depth=${depth}`,
    );
    if (res.status !== 200) throw new Error(`graph ${node}: ${res.status} ${res.text}`);
    return res.body;
  };
  const register = async (
    body: { jobs: unknown[]; artifacts: unknown[]; links: { direction: string; [field: string]: unknown }[] },
    client: HttpClient = tracer,
  ) => {
    const sessionId = (await client.post('/v1/lineage/sessions', {})).body.sessionId;
    for (const [what, items] of [
      ['jobs', body.jobs],
      ['artifacts', body.artifacts],
      ['links', body.links],
    ] as const) {
      const res = await client.post(`/v1/lineage/sessions/${sessionId}/${what}`, { [what]: items });
      if (res.status !== 200) throw new Error(`${what}: ${res.status} ${res.text}`);
    }
    const inputs = body.links.filter((l) => l.direction === 'input').length;
    const res = await client.post(`/v1/lineage/sessions/${sessionId}/finalize`, {
      expected: { jobs: body.jobs.length, inputs, outputs: body.links.length - inputs },
    });
    if (res.status !== 200) throw new Error(`finalize: ${res.status} ${res.text}`);
    return sessionId as string;
  };

  it('walks from a pipeline output back to the instrument that collected its input (REST and MCP)', async () => {
    const familyId = (await operator.post('/v1/families', { name: 'detectors' })).body.familyId;
    const assetId = (await operator.post('/v1/assets', { name: 'Eiger 16M', familyId })).body.assetId;
    const datasetId = (
      await operator.post('/v1/datasets', {
        title: 'run 7 raw frames',
        checksum: { algorithm: 'sha256', value: sha256('raw frames') },
        byteSize: 'raw frames'.length,
        collectedBy: { assetId },
      })
    ).body.datasetId;
    const runId = randomUUID();
    await publishRun(runId, 'RunStarted', {
      runId,
      methodId: randomUUID(),
      inputDatasetIds: [datasetId],
      startedAt: '2026-03-01T09:00:00.000Z',
    });
    const deposit = await tracer.request('POST', '/v1/artifacts', {
      raw: multipartBody([
        { name: 'file', filename: 'reduced.h5', type: 'application/x-hdf5', body: 'reduced result' },
      ]).toString('latin1'),
      headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
    });
    expect(deposit.status).toBe(201);
    const { artifactUri } = deposit.body;

    // A custody:// source must equal its deposit.
    const probe = (await tracer.post('/v1/lineage/sessions', {})).body.sessionId;
    const wrong = await tracer.post(`/v1/lineage/sessions/${probe}/artifacts`, {
      artifacts: [{ hashes: [hashOf('reduced result')], size: 999, sourceType: 'custody', sourceUrl: artifactUri }],
    });
    expect(wrong.status).toBe(409);
    expect(wrong.body.code).toBe('LineageArtifactMismatch');

    await register({
      jobs: [job('reduce-7', { runId }), job('plot-7', { stepNumber: 2 })],
      artifacts: [
        { hashes: [hashOf('raw frames')], size: 10, sourceType: 'file', sourceUrl: 'file:///data/run7/raw.h5' },
        { hashes: [hashOf('reduced result')], size: 14, sourceType: 'custody', sourceUrl: artifactUri },
        { hashes: [hashOf('plot')], size: 4, sourceType: 'file', sourceUrl: 'file:///data/run7/plot.png' },
      ],
      links: [
        { jobUid: 'reduce-7', direction: 'input', hash: hashOf('raw frames'), path: 'raw.h5' },
        { jobUid: 'reduce-7', direction: 'output', hash: hashOf('reduced result'), path: 'reduced.h5' },
        { jobUid: 'plot-7', direction: 'input', hash: hashOf('reduced result'), path: 'reduced.h5' },
        { jobUid: 'plot-7', direction: 'output', hash: hashOf('plot'), path: 'plot.png' },
      ],
    });

    const output = `artifact:sha256:${sha256('reduced result')}`;
    const up = await graph(output);
    const ids = up.nodes.map((n) => n.id);
    expect(up.nodes[0]).toMatchObject({ id: output, kind: 'artifact', depth: 0, size: 14, sourceType: 'custody' });
    expect(ids).toEqual(
      expect.arrayContaining([
        'job:reduce-7',
        `run:${runId}`,
        `dataset:${datasetId}`,
        `asset:${assetId}`,
        `artifact:sha256:${sha256('raw frames')}`,
        `artifact:${artifactUri}`,
      ]),
    );
    expect(ids).not.toContain('job:plot-7');
    expect(up.nodes.find((n) => n.id === `asset:${assetId}`)).toMatchObject({ kind: 'asset', name: 'Eiger 16M' });
    expect(up.nodes.find((n) => n.id === `run:${runId}`)).toMatchObject({ kind: 'run', state: 'Running' });
    expect(up.edges).toEqual(
      expect.arrayContaining([
        { from: 'job:reduce-7', to: output, kind: 'generated' },
        { from: 'job:reduce-7', to: `run:${runId}`, kind: 'partOf' },
        { from: `run:${runId}`, to: `dataset:${datasetId}`, kind: 'used' },
        { from: `dataset:${datasetId}`, to: `asset:${assetId}`, kind: 'collectedBy' },
        { from: 'job:reduce-7', to: `artifact:sha256:${sha256('raw frames')}`, kind: 'used' },
        { from: `artifact:sha256:${sha256('raw frames')}`, to: `dataset:${datasetId}`, kind: 'sameAs' },
        { from: output, to: `artifact:${artifactUri}`, kind: 'sameAs' },
      ]),
    );
    expect(up.truncated).toBe(false);

    // Depth bounds the walk.
    expect((await graph(output, 'upstream', 1)).nodes.map((n) => n.id).sort()).toEqual(
      ['job:reduce-7', output, `artifact:${artifactUri}`].sort(),
    );
    // Downstream from the instrument reaches the plot.
    expect((await graph(`asset:${assetId}`, 'downstream')).nodes.map((n) => n.id)).toEqual(
      expect.arrayContaining([
        `dataset:${datasetId}`,
        `run:${runId}`,
        'job:reduce-7',
        'job:plot-7',
        `artifact:sha256:${sha256('plot')}`,
      ]),
    );

    const viaMcp = (await mcp.callTool({
      name: 'query_lineage_graph',
      arguments: { node: output, direction: 'upstream', depth: 20 },
    })) as { isError?: boolean; structuredContent?: Graph };
    expect(viaMcp.isError).toBeFalsy();
    expect(viaMcp.structuredContent!.nodes.map((n) => n.id).sort()).toEqual([...ids].sort());

    // The run's end, published later, shows on its node.
    await publishRun(runId, 'RunCompleted', { runId });
    expect((await graph(`run:${runId}`, 'upstream', 1)).nodes[0]).toMatchObject({
      id: `run:${runId}`,
      state: 'Completed',
    });
  });

  it('makes a job partOf the run it names before that run exists', async () => {
    const runId = randomUUID();
    await register({
      jobs: [job('early-job', { runId })],
      artifacts: [{ hashes: [hashOf('early out')], size: 9, sourceType: 'none' }],
      links: [{ jobUid: 'early-job', direction: 'output', hash: hashOf('early out'), path: 'out' }],
    });
    const before = await graph(`artifact:sha256:${sha256('early out')}`);
    expect(before.edges).toContainEqual({ from: 'job:early-job', to: `run:${runId}`, kind: 'partOf' });
    expect(before.nodes.find((n) => n.id === `run:${runId}`)).toMatchObject({ kind: 'run', runId });
    const datasetId = (
      await operator.post('/v1/datasets', {
        title: 'late input',
        checksum: { algorithm: 'sha256', value: sha256('late') },
        byteSize: 4,
      })
    ).body.datasetId;
    await publishRun(runId, 'RunStarted', {
      runId,
      methodId: randomUUID(),
      inputDatasetIds: [datasetId],
      startedAt: '2026-03-02T00:00:00.000Z',
    });
    const after = await graph(`artifact:sha256:${sha256('early out')}`);
    expect(after.nodes.map((n) => n.id)).toContain(`dataset:${datasetId}`);
    expect(after.nodes.find((n) => n.id === `run:${runId}`)).toMatchObject({ state: 'Running' });
  });

  it('answers <Kind>NotFound for an unknown start node and 400 for a malformed query', async () => {
    for (const [node, code] of [
      [`artifact:sha256:${sha256('nothing')}`, 'ArtifactNotFound'],
      ['job:no-such-job', 'JobNotFound'],
      [`dataset:${randomUUID()}`, 'DatasetNotFound'],
      [`run:${randomUUID()}`, 'RunNotFound'],
      [`asset:${randomUUID()}`, 'AssetNotFound'],
      [`fixture:${randomUUID()}`, 'FixtureNotFound'],
    ]) {
      const res = await tracer.get(`/v1/lineage/graph?node=${encodeURIComponent(node)}`);
      expect({ node, status: res.status, code: res.body.code }).toEqual({ node, status: 404, code });
    }
    for (const query of [
      'node=thing:1',
      'node=dataset:not-a-uuid',
      `node=artifact:sha256:abc`,
      `node=job:x&direction=sideways`,
      `node=job:x&depth=0`,
      `node=job:x&depth=51`,
      `node=job:x&depth=1.5`,
      '',
    ]) {
      const res = await tracer.get(`/v1/lineage/graph?${query}`);
      expect({ query, status: res.status, code: res.body.code }).toEqual({
        query,
        status: 400,
        code: 'ValidationFailed',
      });
    }
  });

  it('records OpenLineage run events in the same graph; events of one run merge, repeats are idempotent', async () => {
    const runId = randomUUID();
    const base = {
      eventTime: '2026-03-03T10:00:00.000Z',
      producer: 'https://github.com/example/pipeline',
      schemaURL: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent',
      run: { runId },
      job: { namespace: 'beamline-7', name: 'integrate' },
    };
    const start = await tracer.post('/v1/lineage/openlineage', {
      ...base,
      eventType: 'START',
      inputs: [{ namespace: 'file:///data', name: 'raw.h5' }],
    });
    expect(start.status).toBe(201);
    expect(start.body).toEqual({ runId, jobNodeId: `job:${runId}`, recorded: true, state: 'START' });
    const again = await tracer.post('/v1/lineage/openlineage', {
      ...base,
      eventType: 'START',
      inputs: [{ namespace: 'file:///data', name: 'raw.h5' }],
    });
    expect(again.body.recorded).toBe(false);
    const complete = await tracer.post('/v1/lineage/openlineage', {
      ...base,
      eventType: 'COMPLETE',
      eventTime: '2026-03-03T10:05:00.000Z',
      outputs: [
        {
          namespace: 'file:///data',
          name: 'integrated.h5',
          facets: {
            checksum: {
              _producer: base.producer,
              _schemaURL: 'https://example.org/checksum.json',
              algorithm: 'sha256',
              digest: sha256('integrated'),
            },
          },
        },
      ],
    });
    expect(complete.body).toMatchObject({ recorded: true, state: 'COMPLETE' });
    const up = await graph(`artifact:sha256:${sha256('integrated')}`);
    expect(up.nodes.map((n) => n.id)).toEqual(
      expect.arrayContaining([`job:${runId}`, 'artifact:openlineage:file%3A%2F%2F%2Fdata:raw.h5']),
    );
    expect(up.nodes.find((n) => n.id === `job:${runId}`)).toMatchObject({
      kind: 'job',
      openLineage: expect.objectContaining({ namespace: 'beamline-7', name: 'integrate', state: 'COMPLETE' }),
    });
    expect(up.edges).toEqual(
      expect.arrayContaining([
        { from: `job:${runId}`, to: `artifact:sha256:${sha256('integrated')}`, kind: 'generated' },
        { from: `job:${runId}`, to: 'artifact:openlineage:file%3A%2F%2F%2Fdata:raw.h5', kind: 'used' },
      ]),
    );

    for (const [label, body] of [
      ['no producer', { ...base, producer: undefined, eventType: 'START' }],
      ['a runId that is no UUID', { ...base, run: { runId: 'run-1' }, eventType: 'START' }],
      ['an unknown eventType', { ...base, eventType: 'EXPLODED' }],
      ['no job', { ...base, job: undefined }],
      ['a dataset without a name', { ...base, inputs: [{ namespace: 'x' }] }],
      ['an eventTime that is no date-time', { ...base, eventTime: 'yesterday' }],
      ['a dataset name too long to name a node', { ...base, inputs: [{ namespace: 'ns', name: 'é'.repeat(1000) }] }],
    ] as const) {
      const res = await tracer.post('/v1/lineage/openlineage', body);
      expect({ label, status: res.status, code: res.body.code }).toEqual({
        label,
        status: 400,
        code: 'ValidationFailed',
      });
      expect(res.body.errors.length).toBeGreaterThan(0);
    }
  });

  it('two sessions staging the same jobUid and finalizing at once: exactly one wins, the other gets LineageJobConflict', async () => {
    for (let round = 0; round < 4; round++) {
      const jobUid = `contested-${round}`;
      const clients = [tracer, await api.as(['worker'])];
      const sessions = await Promise.all(
        clients.map(async (client, i) => {
          const sessionId = (await client.post('/v1/lineage/sessions', {})).body.sessionId;
          await client.post(`/v1/lineage/sessions/${sessionId}/jobs`, {
            jobs: [job(jobUid, { command: `attempt ${i}` })],
          });
          return { client, sessionId };
        }),
      );
      const answers = await Promise.all(
        sessions.map(({ client, sessionId }) =>
          client.post(`/v1/lineage/sessions/${sessionId}/finalize`, { expected: { jobs: 1, inputs: 0, outputs: 0 } }),
        ),
      );
      const statuses = answers.map((a) => a.status).sort();
      expect(statuses).toEqual([200, 409]);
      expect(answers.find((a) => a.status === 409)!.body.code).toBe('LineageJobConflict');
      // The loser's session stays open; the winner's is closed.
      const loser = sessions[answers.findIndex((a) => a.status === 409)];
      const winner = sessions[answers.findIndex((a) => a.status === 200)];
      const more = { jobs: [job(`other-${round}`)] };
      expect((await loser.client.post(`/v1/lineage/sessions/${loser.sessionId}/jobs`, more)).status).toBe(200);
      expect((await winner.client.post(`/v1/lineage/sessions/${winner.sessionId}/jobs`, more)).body.code).toBe(
        'LineageSessionClosed',
      );
    }
  });

  it('starts a walk from any hash of an artifact, in any case, at the node of its preferred hash', async () => {
    const md5 = createHash('md5').update('secondary-out').digest('hex');
    const out = { hashes: [{ algorithm: 'md5', digest: md5 }, hashOf('secondary-out')], size: 7, sourceType: 'none' };
    const input = { hashes: [hashOf('secondary-in')], size: 3, sourceType: 'none' };
    await register({
      jobs: [job('secondary-step')],
      artifacts: [out, input],
      links: [
        { jobUid: 'secondary-step', direction: 'input', hash: input.hashes[0], path: 'in' },
        { jobUid: 'secondary-step', direction: 'output', hash: { algorithm: 'md5', digest: md5 }, path: 'out' },
      ],
    });
    const walk = await graph(`artifact:md5:${md5.toUpperCase()}`, 'upstream', 2);
    const outNode = `artifact:sha256:${sha256('secondary-out')}`;
    const inNode = `artifact:sha256:${sha256('secondary-in')}`;
    expect(walk.nodes.map((n) => [n.id, n.depth])).toEqual([
      [outNode, 0],
      ['job:secondary-step', 1],
      [inNode, 2],
    ]);
    expect(walk.edges).toEqual(
      [
        { from: 'job:secondary-step', to: outNode, kind: 'generated' },
        { from: 'job:secondary-step', to: inNode, kind: 'used' },
      ].sort((a, b) => (a.from + a.to + a.kind < b.from + b.to + b.kind ? -1 : 1)),
    );
    const missing = await tracer.get(
      `/v1/lineage/graph?node=${encodeURIComponent(`artifact:md5:${'0'.repeat(32)}`)}&direction=upstream&depth=2`,
    );
    expect([missing.status, missing.body.code]).toEqual([404, 'ArtifactNotFound']);
  });

  it('stops a walk at 10,000 nodes and says truncated', async () => {
    const size = 10_001;
    const artifacts = Array.from({ length: size }, (_, i) => ({
      hashes: [hashOf(`fan-${i}`)],
      size: i,
      sourceType: 'none',
    }));
    const links = artifacts.map((a, i) => ({
      jobUid: 'fan-in',
      direction: 'input',
      hash: a.hashes[0],
      path: `in/${i}`,
    }));
    const sessionId = (await tracer.post('/v1/lineage/sessions', {})).body.sessionId;
    await tracer.post(`/v1/lineage/sessions/${sessionId}/jobs`, { jobs: [job('fan-in')] });
    for (let i = 0; i < size; i += 5_000) {
      expect(
        (await tracer.post(`/v1/lineage/sessions/${sessionId}/artifacts`, { artifacts: artifacts.slice(i, i + 5_000) }))
          .status,
      ).toBe(200);
      expect(
        (await tracer.post(`/v1/lineage/sessions/${sessionId}/links`, { links: links.slice(i, i + 5_000) })).status,
      ).toBe(200);
    }
    expect(
      (
        await tracer.post(`/v1/lineage/sessions/${sessionId}/finalize`, {
          expected: { jobs: 1, inputs: size, outputs: 0 },
        })
      ).status,
    ).toBe(200);
    const walk = await graph('job:fan-in', 'upstream', 1);
    expect(walk.truncated).toBe(true);
    expect(walk.nodes).toHaveLength(10_000);
    expect(walk.nodes[0].id).toBe('job:fan-in');
    const small = await graph(`artifact:sha256:${sha256('fan-0')}`, 'downstream', 1);
    expect(small.truncated).toBe(false);
  }, 180_000);
});
