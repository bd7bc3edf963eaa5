import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client as McpClient } from '@modelcontextprotocol/sdk/client/index.js';
import { TestApi, startTestApi } from './support/test-api';
import { expectDescribedTools, mcpTools } from './support/mcp-tools';

// The contract project's testTimeout does not reach tests run in a multi-project config; a busy machine needs it.
jest.setTimeout(30_000);

const READS = ['get_method', 'list_methods', 'get_run', 'list_runs', 'get_run_openlineage'];
const COMMANDS = ['register_method', 'start_run', 'hold_run', 'resume_run', 'complete_run', 'abort_run', 'stop_run'];
const NO_SUCH = '00000000-0000-0000-0000-00000000beef';
const SHA = 'cd'.repeat(32);
const checksum = { algorithm: 'sha256', value: SHA };

describe('operation: methods and runs over MCP', () => {
  let api: TestApi;
  let client: McpClient;
  let readerClient: McpClient;
  let root: string;
  let tierId: string;

  beforeAll(async () => {
    api = await startTestApi();
    client = await api.mcp((await api.admin.post('/v1/principals', { name: 'agent', roles: ['operator'] })).body.token);
    readerClient = await api.mcp(
      (await api.admin.post('/v1/principals', { name: 'viewer', roles: ['reader'] })).body.token,
    );
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'custody-mcp-runs-'));
    tierId = (await api.admin.post('/v1/tiers', { name: 'fast', accessProtocol: 'file', rootUri: root })).body.tierId;
  });
  afterAll(async () => {
    await api.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  const { ok, fails } = mcpTools(() => client);

  const verifiedDataset = async () => {
    const operator = api.admin;
    const datasetId = (await operator.post('/v1/datasets', { title: 'd', checksum, byteSize: 4 })).body.datasetId;
    const distributionId = (
      await operator.post('/v1/distributions', { datasetId, tierId, uri: `${datasetId}.h5`, checksum, byteSize: 4 })
    ).body.distributionId;
    await operator.post(`/v1/distributions/${distributionId}/attestations`, { observed: { ...checksum, byteSize: 4 } });
    return { datasetId: datasetId as string, distributionId: distributionId as string };
  };

  it('lists every tool with described inputs; reads carry readOnlyHint; a reader may not command', async () => {
    await expectDescribedTools(client, [...READS, ...COMMANDS], READS);
    await fails('register_method', { name: 'not mine to add' }, 'Forbidden', readerClient);
    await fails('hold_run', { runId: NO_SUCH }, 'Forbidden', readerClient);
  });

  it('drives a method and a run through every tool', async () => {
    const { methodId } = await ok('register_method', {
      name: 'segmentation',
      neededInputKinds: ['volume'],
      parametersSchema: { type: 'object', properties: { threshold: { type: 'number' } } },
    });
    expect(await ok('get_method', { methodId })).toMatchObject({
      methodId,
      name: 'segmentation',
      neededInputKinds: ['volume'],
    });
    expect((await ok('list_methods', {})).items.map((m: { methodId: string }) => m.methodId)).toContain(methodId);
    const input = await verifiedDataset();
    const started = await ok('start_run', {
      methodId,
      inputDatasetIds: [input.datasetId],
      parameters: { threshold: 0.3 },
    });
    expect(started).toEqual({ runId: expect.any(String), state: 'Running' });
    const { runId } = started;
    expect(await ok('get_run', { runId })).toMatchObject({
      runId,
      state: 'Running',
      inputCopies: [{ datasetId: input.datasetId, distributionId: input.distributionId, tierId }],
    });
    expect(await ok('hold_run', { runId })).toEqual({ runId, state: 'Held' });
    expect(await ok('resume_run', { runId })).toEqual({ runId, state: 'Running' });
    expect(await ok('complete_run', { runId })).toEqual({ runId, state: 'Completed' });
    const page = await ok('list_runs', { inputDatasetId: input.datasetId, state: 'Completed' }, readerClient);
    expect(page.items.map((r: { runId: string }) => r.runId)).toEqual([runId]);
    const lineage = await ok('get_run_openlineage', { runId }, readerClient);
    expect(lineage.events.map((e: { eventType: string }) => e.eventType)).toEqual(['START', 'COMPLETE']);
    const aborted = (await ok('start_run', { methodId })).runId;
    expect(await ok('abort_run', { runId: aborted, reason: 'wrong sample' })).toEqual({
      runId: aborted,
      state: 'Aborted',
    });
    const stopped = (await ok('start_run', { methodId })).runId;
    expect(await ok('stop_run', { runId: stopped, reason: 'detector fault' })).toEqual({
      runId: stopped,
      state: 'Stopped',
    });
  });

  it('answers domain errors with their codes and the problem as structuredContent', async () => {
    const { methodId } = await ok('register_method', {
      name: 'strict',
      parametersSchema: { type: 'object', required: ['threshold'] },
    });
    await fails('get_method', { methodId: NO_SUCH }, 'MethodNotFound');
    await fails('start_run', { methodId: NO_SUCH }, 'MethodNotFound');
    const invalid = await fails('start_run', { methodId, parameters: {} }, 'ValidationFailed');
    expect(invalid.structuredContent).toMatchObject({ status: 400, code: 'ValidationFailed' });
    const unverified = (await api.admin.post('/v1/datasets', { title: 'u', checksum, byteSize: 4 })).body.datasetId;
    const refused = await fails(
      'start_run',
      { methodId, inputDatasetIds: [unverified], parameters: { threshold: 1 } },
      'RunInputNotVerified',
    );
    expect(refused.structuredContent).toMatchObject({ status: 409, code: 'RunInputNotVerified' });
    await fails('register_method', { name: 'bad', parametersSchema: { type: 'nonsense' } }, 'ValidationFailed');
    await fails('register_method', { name: 'bad', unknown: true }, 'ValidationFailed');
    const runId = (await ok('start_run', { methodId, parameters: { threshold: 1 } })).runId;
    await fails('resume_run', { runId }, 'RunCannotResume');
    await ok('complete_run', { runId });
    await fails('hold_run', { runId }, 'RunCannotHold');
    await fails('complete_run', { runId }, 'RunCannotComplete');
    await fails('abort_run', { runId, reason: 'r' }, 'RunCannotAbort');
    await fails('stop_run', { runId, reason: 'r' }, 'RunCannotStop');
    await fails('get_run', { runId: NO_SUCH }, 'RunNotFound');
    await fails('get_run_openlineage', { runId: NO_SUCH }, 'RunNotFound');
    await fails('hold_run', { runId: NO_SUCH }, 'RunNotFound');
    await fails('list_runs', { cursor: 'garbage' }, 'InvalidCursor');
  });
});
