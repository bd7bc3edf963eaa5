import { Client as McpClient } from '@modelcontextprotocol/sdk/client/index.js';
import { ScriptedTransferPort, TransferRequest, transferPortsOf } from '@custody/operation';
import { MaterializationWorld, eventually, startMaterializationWorld } from './support/materialization-world';
import { expectDescribedTools, mcpTools } from './support/mcp-tools';

jest.setTimeout(60_000);

const TOOLS = ['request_materialization', 'get_materialization', 'list_materializations', 'cancel_materialization'];
const NO_SUCH = '00000000-0000-7000-8000-00000000beef';

describe('materializations over MCP', () => {
  let world: MaterializationWorld;
  let agent: McpClient;
  let readerAgent: McpClient;
  const port = new ScriptedTransferPort('local', (request: TransferRequest) =>
    request.source.path.startsWith('hang/')
      ? [{ state: 'Active', bytesMoved: 1 }]
      : [{ state: 'Active', forMs: 100 }, { state: 'Succeeded' }],
  );

  beforeAll(async () => {
    world = await startMaterializationWorld();
    const token = async (roles: string[]) =>
      (await world.admin.post('/v1/principals', { name: `agent-${roles[0]}`, roles })).body.token;
    agent = await world.api.mcp(await token(['operator']));
    readerAgent = await world.api.mcp(await token(['reader']));
    await world.startWorker(transferPortsOf([port]));
  }, 60_000);
  afterAll(() => world.close());

  const { ok, fails } = mcpTools(() => agent);

  // Output schemas, destructive/idempotent hints and per-role listing are the platform registry's to publish.
  it('lists the four tools with described input schemas; the reads carry readOnlyHint', async () => {
    await expectDescribedTools(agent, TOOLS, ['get_materialization', 'list_materializations']);
    await fails('request_materialization', { datasetId: NO_SUCH, targetTierId: NO_SUCH }, 'Forbidden', readerAgent);
    await fails('cancel_materialization', { materializationId: NO_SUCH }, 'Forbidden', readerAgent);
  });

  it('requests, follows to Verified, lists; cancels a running one', async () => {
    const { datasetId } = await world.verifiedDataset('ok/mcp.h5');
    const accepted = await ok('request_materialization', { datasetId, targetTierId: world.targetTierId });
    expect(accepted).toEqual({ materializationId: expect.any(String), state: 'Pending' });
    const done = await eventually(
      () => ok('get_materialization', { materializationId: accepted.materializationId }),
      (m) => m.state === 'Verified',
    );
    expect(done).toMatchObject({ datasetId, distributionId: expect.any(String), transfer: { state: 'Succeeded' } });
    await world.api.drain();
    const listed = await ok('list_materializations', { datasetId });
    expect(listed.items.map((m: { materializationId: string }) => m.materializationId)).toEqual([
      accepted.materializationId,
    ]);

    const hanging = await world.verifiedDataset('hang/mcp.h5');
    const running = await ok('request_materialization', {
      datasetId: hanging.datasetId,
      targetTierId: world.targetTierId,
    });
    await eventually(
      () => ok('get_materialization', { materializationId: running.materializationId }),
      (m) => m.state === 'Transferring',
    );
    await ok('cancel_materialization', { materializationId: running.materializationId });
    const cancelled = await eventually(
      () => ok('get_materialization', { materializationId: running.materializationId }),
      (m) => m.state === 'Cancelled',
    );
    expect(cancelled.transfer.state).toBe('Cancelled');
  });

  it('answers domain errors and bad arguments with isError and the code', async () => {
    const bytes = Buffer.from('x');
    const { createHash } = await import('node:crypto');
    const checksum = { algorithm: 'sha256', value: createHash('sha256').update(bytes).digest('hex') };
    const datasetId = (await world.admin.post('/v1/datasets', { title: 'bare', checksum, byteSize: 1 })).body.datasetId;
    const refused = await fails(
      'request_materialization',
      { datasetId, targetTierId: world.targetTierId },
      'MaterializationNoVerifiedSource',
    );
    expect(refused.structuredContent).toMatchObject({ status: 409, code: 'MaterializationNoVerifiedSource' });
    await fails('request_materialization', { datasetId: NO_SUCH, targetTierId: world.targetTierId }, 'DatasetNotFound');
    await fails('get_materialization', { materializationId: NO_SUCH }, 'MaterializationNotFound');
    await fails('cancel_materialization', { materializationId: NO_SUCH }, 'MaterializationNotFound');
    await fails('request_materialization', { datasetId: 'nope' }, 'ValidationFailed');
    await fails('list_materializations', { state: 'Sideways' }, 'ValidationFailed');
  });
});
