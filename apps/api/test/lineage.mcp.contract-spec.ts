import { createHash, randomUUID } from 'node:crypto';
import { Client as McpClient } from '@modelcontextprotocol/sdk/client/index.js';
import { TestApi, startTestApi } from './support/test-api';
import { expectDescribedTools, mcpTools } from './support/mcp-tools';

const TOOLS = [
  'open_lineage_session',
  'stage_lineage_jobs',
  'stage_lineage_artifacts',
  'link_lineage_artifacts',
  'finalize_lineage_session',
  'get_lineage_artifact',
  'query_lineage_graph',
  'ingest_openlineage_event',
];
const READS = ['get_lineage_artifact', 'query_lineage_graph'];
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const hashOf = (s: string) => ({ algorithm: 'sha256', digest: sha256(s) });

/** Starting an API on a fresh database takes seconds on a busy machine. */
const HOOK_TIMEOUT_MS = 60_000;
// Each case makes dozens of real requests; on a shared 2-core machine that can take longer than Jest's 5 s.
jest.setTimeout(30_000);

describe('lineage over MCP', () => {
  let api: TestApi;
  let client: McpClient;
  let reader: McpClient;

  beforeAll(async () => {
    api = await startTestApi();
    client = await api.mcp((await api.admin.post('/v1/principals', { name: 'agent', roles: ['worker'] })).body.token);
    reader = await api.mcp((await api.admin.post('/v1/principals', { name: 'viewer', roles: ['reader'] })).body.token);
  }, HOOK_TIMEOUT_MS);
  afterAll(() => api.close(), HOOK_TIMEOUT_MS);

  const { ok, fails } = mcpTools(() => client);

  it('lists every lineage tool with a described input schema; reads carry readOnlyHint', async () => {
    await expectDescribedTools(client, TOOLS, READS);
  });

  it('registers a pipeline, reads its artifacts and walks its graph', async () => {
    const opened = await ok('open_lineage_session', {
      clientSessionId: 'mcp-1',
      git: { repo: 'r', commit: 'c', branch: 'b' },
    });
    expect(opened).toEqual({ sessionId: expect.any(String), created: true, status: 'open' });
    expect(await ok('open_lineage_session', { clientSessionId: 'mcp-1' })).toEqual({ ...opened, created: false });
    const { sessionId } = opened;
    const jobs = [
      { jobUid: 'mcp-a', command: 'a', stepNumber: 1, startedAt: '2026-03-01T00:00:00Z' },
      { jobUid: 'mcp-b', command: 'b', stepNumber: 2, startedAt: '2026-03-01T00:01:00Z', runId: randomUUID() },
    ];
    expect(await ok('stage_lineage_jobs', { sessionId, jobs })).toEqual({ created: 2, existing: 0 });
    expect(await ok('stage_lineage_jobs', { sessionId, jobs: [jobs[0]] })).toEqual({ created: 0, existing: 1 });
    const artifacts = ['in', 'mid', 'out'].map((c) => ({ hashes: [hashOf(c)], size: c.length, sourceType: 'file' }));
    expect(await ok('stage_lineage_artifacts', { sessionId, artifacts })).toEqual({ created: 3, existing: 0 });
    const links = [
      { jobUid: 'mcp-a', direction: 'input', hash: hashOf('in'), path: 'in' },
      { jobUid: 'mcp-a', direction: 'output', hash: hashOf('mid'), path: 'mid' },
      { jobUid: 'mcp-b', direction: 'input', hash: hashOf('mid'), path: 'mid' },
      { jobUid: 'mcp-b', direction: 'output', hash: hashOf('out'), path: 'out' },
    ];
    expect(await ok('link_lineage_artifacts', { sessionId, links })).toEqual({ linked: 4 });
    await fails(
      'finalize_lineage_session',
      { sessionId, expected: { jobs: 2, inputs: 1, outputs: 2 } },
      'LineageCountsMismatch',
    );
    const sealed = await ok('finalize_lineage_session', { sessionId, expected: { jobs: 2, inputs: 2, outputs: 2 } });
    expect(sealed).toEqual({ sessionId, status: 'closed', lineageHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    await fails('stage_lineage_jobs', { sessionId, jobs }, 'LineageSessionClosed');

    const mid = await ok('get_lineage_artifact', { hash: `sha256:${sha256('mid')}` }, reader);
    expect(mid.producedBy.map((j: { id: string }) => j.id)).toEqual(['job:mcp-a']);
    expect(mid.consumedBy.map((j: { id: string }) => j.id)).toEqual(['job:mcp-b']);
    const walk = await ok('query_lineage_graph', { node: `artifact:sha256:${sha256('out')}`, depth: 5 }, reader);
    expect(walk.nodes.map((n: { id: string }) => n.id)).toEqual(
      expect.arrayContaining(['job:mcp-b', 'job:mcp-a', `run:${jobs[1].runId}`, `artifact:sha256:${sha256('in')}`]),
    );
    expect(walk.truncated).toBe(false);
  });

  it('answers every lineage error as isError with its code first', async () => {
    const { sessionId } = await ok('open_lineage_session', {});
    await ok('stage_lineage_jobs', {
      sessionId,
      jobs: [{ jobUid: 'e-1', command: 'x', stepNumber: 0, startedAt: '2026-03-01T00:00:00Z' }],
    });
    await ok('stage_lineage_artifacts', {
      sessionId,
      artifacts: [{ hashes: [hashOf('e')], size: 1, sourceType: 'none' }],
    });
    await fails(
      'stage_lineage_artifacts',
      { sessionId, artifacts: [{ hashes: [hashOf('e')], size: 2, sourceType: 'none' }] },
      'LineageArtifactMismatch',
    );
    await fails(
      'link_lineage_artifacts',
      { sessionId, links: [{ jobUid: 'e-1', direction: 'input', hash: hashOf('ghost'), path: 'p' }] },
      'LineageArtifactNotRegistered',
    );
    await fails(
      'link_lineage_artifacts',
      { sessionId, links: [{ jobUid: 'e-9', direction: 'input', hash: hashOf('e'), path: 'p' }] },
      'LineageJobNotFound',
    );
    await fails(
      'stage_lineage_jobs',
      {
        sessionId: randomUUID(),
        jobs: [{ jobUid: 'x', command: 'x', stepNumber: 0, startedAt: '2026-03-01T00:00:00Z' }],
      },
      'LineageSessionNotFound',
    );
    await fails('get_lineage_artifact', { hash: `sha256:${sha256('none')}` }, 'LineageArtifactNotFound');
    await fails('query_lineage_graph', { node: 'job:none' }, 'JobNotFound');
    await fails(
      'stage_lineage_artifacts',
      { sessionId, artifacts: [{ hashes: [], size: -1, sourceType: 'ftp' }] },
      'ValidationFailed',
    );
    await fails('query_lineage_graph', { node: 'job:x', depth: 99 }, 'ValidationFailed');
    await fails('open_lineage_session', {}, 'Forbidden', reader);

    // A job sealed by another session conflicts.
    await ok('finalize_lineage_session', { sessionId, expected: { jobs: 1, inputs: 0, outputs: 0 } });
    const other = (await ok('open_lineage_session', {})).sessionId;
    await fails(
      'stage_lineage_jobs',
      { sessionId: other, jobs: [{ jobUid: 'e-1', command: 'x', stepNumber: 0, startedAt: '2026-03-01T00:00:00Z' }] },
      'LineageJobConflict',
    );
  });

  it('ingests OpenLineage run events', async () => {
    const runId = randomUUID();
    const event = {
      eventType: 'START',
      eventTime: '2026-03-04T00:00:00Z',
      producer: 'https://example.org/agent',
      schemaURL: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent',
      run: { runId },
      job: { namespace: 'agents', name: 'summarise' },
      outputs: [{ namespace: 's3://bucket', name: 'summary.json' }],
    };
    expect(await ok('ingest_openlineage_event', event)).toEqual({
      runId,
      jobNodeId: `job:${runId}`,
      recorded: true,
      state: 'START',
    });
    expect((await ok('ingest_openlineage_event', event)).recorded).toBe(false);
    const walk = await ok('query_lineage_graph', { node: 'artifact:openlineage:s3%3A%2F%2Fbucket:summary.json' });
    expect(walk.nodes.map((n: { id: string }) => n.id)).toContain(`job:${runId}`);
    await fails('ingest_openlineage_event', { ...event, run: { runId: 'nope' } }, 'ValidationFailed');
  });
});
