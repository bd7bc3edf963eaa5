import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client as McpClient } from '@modelcontextprotocol/sdk/client/index.js';
import { TestApi, startTestApi } from './support/test-api';
import { expectDescribedTools, mcpTools } from './support/mcp-tools';

const TOOLS = [
  'register_tier',
  'update_tier_reachability',
  'get_tier',
  'list_tiers',
  'register_dataset',
  'get_dataset',
  'list_datasets',
  'discard_dataset',
  'register_distribution',
  'get_distribution',
  'list_dataset_distributions',
  'discard_distribution',
  'mark_distribution_stale',
  'attest_distribution',
];
const READS = [
  'get_tier',
  'list_tiers',
  'get_dataset',
  'list_datasets',
  'get_distribution',
  'list_dataset_distributions',
];
const NO_SUCH = '00000000-0000-0000-0000-00000000beef';
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

describe('data over MCP', () => {
  let api: TestApi;
  let client: McpClient;
  /** Tiers are infrastructure: only an admin registers or changes them. */
  let admin: McpClient;
  let root: string;

  beforeAll(async () => {
    api = await startTestApi();
    client = await api.mcp((await api.admin.post('/v1/principals', { name: 'agent', roles: ['operator'] })).body.token);
    admin = await api.mcp();
    root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'custody-mcp-data-')));
  });
  afterAll(async () => {
    await api.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  const ADMIN_TOOLS = ['register_tier', 'update_tier_reachability'];
  const { ok, fails } = mcpTools((tool) => (ADMIN_TOOLS.includes(tool) ? admin : client));

  it('lists every data tool with a described input schema; reads carry readOnlyHint', async () => {
    // tools/list shows a caller only what its role may call: the admin sees the tier commands too.
    const operatorSees = new Set((await client.listTools()).tools.map((t) => t.name));
    for (const name of ADMIN_TOOLS) expect(operatorSees.has(name)).toBe(false);
    const byName = await expectDescribedTools(admin, TOOLS, READS);
    expect(byName.get('register_distribution')!.inputSchema.required).toEqual(
      expect.arrayContaining(['datasetId', 'tierId', 'uri', 'checksum', 'byteSize']),
    );
  });

  it('registers, reads and lists tiers, datasets and distributions; attests, marks stale, discards', async () => {
    const { tierId } = await ok('register_tier', { name: 'mcp-tier', accessProtocol: 'file', rootUri: root });
    expect(await ok('get_tier', { tierId })).toMatchObject({ tierId, rootUri: `file://${root}`, reachable: true });
    expect(await ok('update_tier_reachability', { tierId, reachable: false })).toEqual({ tierId, reachable: false });
    expect((await ok('get_tier', { tierId })).reachable).toBe(false);
    await ok('update_tier_reachability', { tierId, reachable: true });
    expect((await ok('list_tiers', { limit: 100 })).items.map((t: { tierId: string }) => t.tierId)).toContain(tierId);

    fs.writeFileSync(path.join(root, 'a.h5'), 'alpha');
    fs.writeFileSync(path.join(root, 'b.h5'), 'alpha');
    const checksum = { algorithm: 'sha256', value: sha256('alpha') };
    const { datasetId } = await ok('register_dataset', { title: 'MCP run', checksum, byteSize: 5, intent: 'raw' });
    expect(await ok('get_dataset', { datasetId })).toMatchObject({
      datasetId,
      status: 'Active',
      checksum,
      byteSize: 5,
    });
    expect((await ok('list_datasets', {})).items.map((d: { datasetId: string }) => d.datasetId)).toContain(datasetId);

    const a = (await ok('register_distribution', { datasetId, tierId, uri: 'a.h5', checksum, byteSize: 5 }))
      .distributionId;
    const b = (await ok('register_distribution', { datasetId, tierId, uri: 'b.h5', checksum, byteSize: 5 }))
      .distributionId;
    expect(await ok('get_distribution', { distributionId: a })).toEqual({
      distributionId: a,
      datasetId,
      tierId,
      uri: `file://${root}/a.h5`,
      checksum,
      byteSize: 5,
      status: 'Registered',
      lastAttestation: null,
    });
    const attested = await ok('attest_distribution', { distributionId: a });
    expect(attested).toEqual({
      attestationId: expect.any(String),
      outcome: 'Match',
      observed: { ...checksum, byteSize: 5 },
    });
    await ok('attest_distribution', { distributionId: b, observed: { ...checksum, byteSize: 5 } });
    const listed = await ok('list_dataset_distributions', { datasetId, status: 'Verified' });
    expect(listed.items.map((d: { distributionId: string }) => d.distributionId)).toEqual([a, b]);

    expect(await ok('discard_distribution', { distributionId: a })).toEqual({ distributionId: a, status: 'Discarded' });
    await fails('discard_distribution', { distributionId: b }, 'DistributionCannotDiscardLastVerified');
    expect(await ok('mark_distribution_stale', { distributionId: b, reason: 'disk swapped' })).toEqual({
      distributionId: b,
      status: 'Stale',
    });
    expect((await ok('get_distribution', { distributionId: b })).status).toBe('Stale');
    await fails('mark_distribution_stale', { distributionId: a, reason: 'x' }, 'DistributionDiscarded');
    await fails('attest_distribution', { distributionId: a }, 'DistributionDiscarded');

    expect(await ok('discard_dataset', { datasetId })).toEqual({ datasetId, status: 'Discarded' });
    await fails('discard_dataset', { datasetId }, 'DatasetCannotDiscard');
    await fails('register_distribution', { datasetId, tierId, uri: 'c.h5', checksum, byteSize: 5 }, 'DatasetDiscarded');
  });

  it('returns every data error as isError with its code first', async () => {
    const { tierId } = await ok('register_tier', { name: 'err', accessProtocol: 'file', rootUri: root });
    const checksum = { algorithm: 'sha256', value: sha256('e') };
    const { datasetId } = await ok('register_dataset', { title: 'errors', checksum, byteSize: 1 });
    await fails('get_tier', { tierId: NO_SUCH }, 'TierNotFound');
    await fails('update_tier_reachability', { tierId: NO_SUCH, reachable: true }, 'TierNotFound');
    await fails('get_dataset', { datasetId: NO_SUCH }, 'DatasetNotFound');
    await fails('discard_dataset', { datasetId: NO_SUCH }, 'DatasetNotFound');
    await fails('list_dataset_distributions', { datasetId: NO_SUCH }, 'DatasetNotFound');
    await fails('get_distribution', { distributionId: NO_SUCH }, 'DistributionNotFound');
    await fails('attest_distribution', { distributionId: NO_SUCH }, 'DistributionNotFound');
    await fails('discard_distribution', { distributionId: NO_SUCH }, 'DistributionNotFound');
    await fails('mark_distribution_stale', { distributionId: NO_SUCH, reason: 'x' }, 'DistributionNotFound');
    const base = { datasetId, tierId, uri: 'e.h5', checksum, byteSize: 1 };
    await fails('register_distribution', { ...base, datasetId: NO_SUCH }, 'DatasetNotFound');
    await fails('register_distribution', { ...base, tierId: NO_SUCH }, 'TierNotFound');
    await fails('register_distribution', { ...base, byteSize: 2 }, 'DistributionChecksumMismatch');
    const escaped = await fails(
      'register_distribution',
      { ...base, uri: '../../etc/passwd' },
      'DistributionUriOutsideTier',
    );
    expect(escaped.structuredContent).toMatchObject({ status: 400, errors: [{ path: 'uri' }] });
    const { distributionId } = await ok('register_distribution', base);
    await fails('register_distribution', base, 'DistributionAlreadyRegistered');
    await fails(
      'attest_distribution',
      { distributionId, observed: { algorithm: 'sha256-tree', value: checksum.value, byteSize: 1 } },
      'AttestationAlgorithmMismatch',
    );
    await fails('list_datasets', { cursor: 'bad!' }, 'InvalidCursor');
    const invalid = await fails(
      'register_tier',
      { name: 'x', accessProtocol: 'file', rootUri: 's3://b/x', extra: 1 },
      'ValidationFailed',
    );
    expect(invalid.structuredContent.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: 'extra' })]),
    );
  });

  it('enforces roles: a worker may report observations but not ask the server to read; a reader only reads', async () => {
    const { tierId } = await ok('register_tier', { name: 'roles', accessProtocol: 'file', rootUri: root });
    const checksum = { algorithm: 'sha256', value: sha256('r') };
    const { datasetId } = await ok('register_dataset', { title: 'roles', checksum, byteSize: 1 });
    const { distributionId } = await ok('register_distribution', {
      datasetId,
      tierId,
      uri: 'r.h5',
      checksum,
      byteSize: 1,
    });
    const worker = await api.mcp(
      (await api.admin.post('/v1/principals', { name: 'edge', roles: ['worker'] })).body.token,
    );
    const reader = await api.mcp(
      (await api.admin.post('/v1/principals', { name: 'ro', roles: ['reader'] })).body.token,
    );
    expect(
      (await ok('attest_distribution', { distributionId, observed: { ...checksum, byteSize: 1 } }, worker)).outcome,
    ).toBe('Match');
    await fails('attest_distribution', { distributionId }, 'Forbidden', worker);
    await fails('attest_distribution', { distributionId, observed: { ...checksum, byteSize: 1 } }, 'Forbidden', reader);
    await fails('register_dataset', { title: 'x', checksum, byteSize: 1 }, 'Forbidden', worker);
    await fails('discard_distribution', { distributionId }, 'Forbidden', reader);
    expect((await ok('get_distribution', { distributionId }, reader)).status).toBe('Verified');
  });
});
