import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { expectValidPidinst } from '../../../tools/pidinst/pidinst-schema';
import { TestApi, startTestApi } from './support/test-api';

import { ToolResult } from './support/mcp-tools';

const UNKNOWN = '00000000-0000-0000-0000-000000000000';
const TOOLS = [
  'assign_asset_persistent_id',
  'assign_fixture_persistent_id',
  'get_asset_pidinst',
  'get_fixture_pidinst',
];

describe('equipment: persistent identifiers and PIDINST records over MCP (stub minter)', () => {
  let api: TestApi;
  let client: Client;
  let familyId: string;
  let modelId: string;
  let frameId: string;
  let mounts = 0;

  const call = async (name: string, args: Record<string, unknown>): Promise<ToolResult> =>
    (await client.callTool({ name, arguments: args })) as ToolResult;
  const ok = async (name: string, args: Record<string, unknown>): Promise<any> => {
    const result = await call(name, args);
    if (result.isError) throw new Error(`${name} failed: ${result.content[0]?.text}`);
    return result.structuredContent;
  };

  beforeAll(async () => {
    api = await startTestApi();
    client = await api.mcp();
    familyId = (await ok('register_family', { name: 'Area detectors' })).familyId;
    modelId = (await ok('register_model', { familyId, name: 'Eiger2 X 16M', manufacturer: { name: 'Dectris' } }))
      .modelId;
    frameId = (await ok('register_frame', { name: 'Beamline 7 table' })).frameId;
  });
  afterAll(() => api.close());

  const asset = async (owner: Record<string, string> | null = { name: 'Beamline 7', contact: 'bl7@example.org' }) =>
    (
      await ok('register_asset', {
        name: 'Eiger 16M',
        familyId,
        modelId,
        serialNumber: 'E-16M-1',
        ...(owner ? { owner } : {}),
      })
    ).assetId as string;

  /** A fixture of a one-detector assembly; the detector installed through the tools. */
  const fixture = async (owner?: Record<string, string> | null) => {
    const assetId = await asset(owner);
    await ok('activate_asset', { assetId });
    mounts += 1;
    const { mountId } = await ok('add_mount', { frameId, slotCode: `M${mounts}` });
    await ok('install_asset', { mountId, assetId });
    const { assemblyId } = await ok('register_assembly', {
      name: 'SAXS end station',
      slots: [{ name: 'detector', familyId, count: 1 }],
    });
    const { fixtureId } = await ok('register_fixture', {
      assemblyId,
      slotAssetBindings: [{ slotName: 'detector', assetId }],
    });
    return { fixtureId: fixtureId as string, assetId };
  };

  it('lists the identifier tools with described inputs; the PIDINST reads are read-only', async () => {
    const { tools } = await client.listTools();
    const byName = new Map(tools.map((t) => [t.name, t]));
    for (const name of TOOLS) {
      const tool = byName.get(name);
      expect(tool).toBeDefined();
      expect(tool!.description!.length).toBeGreaterThan(20);
      for (const property of Object.values(tool!.inputSchema.properties ?? {})) {
        expect((property as { description?: string }).description).toEqual(expect.any(String));
      }
    }
    expect(byName.get('get_asset_pidinst')!.annotations?.readOnlyHint).toBe(true);
    expect(byName.get('get_fixture_pidinst')!.annotations?.readOnlyHint).toBe(true);
    expect(byName.get('assign_asset_persistent_id')!.annotations?.readOnlyHint).toBe(false);
    expect(byName.get('assign_fixture_persistent_id')!.annotations?.readOnlyHint).toBe(false);
    expect(byName.get('assign_fixture_persistent_id')!.inputSchema.required).toEqual(
      expect.arrayContaining(['fixtureId', 'scheme']),
    );
  });

  it('get_asset_pidinst: the record (valid, urn:uuid before assignment); PidinstIncomplete without owner', async () => {
    const assetId = await asset();
    const record = await ok('get_asset_pidinst', { assetId });
    expect(record.identifier).toEqual({ identifier: `urn:uuid:${assetId}`, identifierType: 'URN' });
    expect(record.landingPage).toBe(`${api.config.publicUrl}/v1/assets/${assetId}/pidinst`);
    expectValidPidinst(record);
    const incomplete = await call('get_asset_pidinst', { assetId: await asset(null) });
    expect(incomplete.isError).toBe(true);
    expect(incomplete.content[0].text).toMatch(/^PidinstIncomplete: /);
  });

  it('assign_asset_persistent_id: the stub mints <CUSTODY_DOI_PREFIX>/<suffix>; AssetNotFound for an unknown asset', async () => {
    const assetId = await asset();
    const assigned = await ok('assign_asset_persistent_id', { assetId, scheme: 'DOI', suffix: 'eiger-1' });
    expect(assigned).toEqual({ scheme: 'DOI', value: '10.5072/eiger-1' });
    const record = await ok('get_asset_pidinst', { assetId });
    expect(record.identifier).toEqual({ identifier: '10.5072/eiger-1', identifierType: 'DOI' });
    expectValidPidinst(record);
    const generated = await ok('assign_asset_persistent_id', { assetId: await asset(), scheme: 'Handle' });
    expect(generated.value).toMatch(/^20\.500\.12345\/[0-9a-f-]{36}$/);
    const missing = await call('assign_asset_persistent_id', { assetId: UNKNOWN, scheme: 'DOI' });
    expect(missing.isError).toBe(true);
    expect(missing.content[0].text).toMatch(/^AssetNotFound: /);
  });

  it('get_fixture_pidinst: the record named after the assembly; FixtureNotFound for an unknown fixture', async () => {
    const { fixtureId } = await fixture();
    const record = await ok('get_fixture_pidinst', { fixtureId });
    expect(record).toMatchObject({
      identifier: { identifier: `urn:uuid:${fixtureId}`, identifierType: 'URN' },
      name: 'SAXS end station',
      owners: [{ ownerName: 'Beamline 7', ownerContact: 'bl7@example.org' }],
      manufacturers: [{ manufacturerName: 'Dectris' }],
    });
    expectValidPidinst(record);
    const missing = await call('get_fixture_pidinst', { fixtureId: UNKNOWN });
    expect(missing.isError).toBe(true);
    expect(missing.content[0].text).toMatch(/^FixtureNotFound: /);
  });

  it('assign_fixture_persistent_id: once; a second time FixturePersistentIdAlreadyAssigned', async () => {
    const { fixtureId } = await fixture();
    const assigned = await ok('assign_fixture_persistent_id', { fixtureId, scheme: 'DOI', suffix: 'saxs-1' });
    expect(assigned).toEqual({ scheme: 'DOI', value: '10.5072/saxs-1' });
    expect((await ok('get_fixture_pidinst', { fixtureId })).identifier).toEqual({
      identifier: '10.5072/saxs-1',
      identifierType: 'DOI',
    });
    const again = await call('assign_fixture_persistent_id', { fixtureId, scheme: 'DOI' });
    expect(again.isError).toBe(true);
    expect(again.content[0].text).toMatch(/^FixturePersistentIdAlreadyAssigned: /);
  });

  it('checks roles per tool: a reader may read PIDINST records but not assign identifiers', async () => {
    const reader = await api.as(['reader']);
    const readerClient = await api.mcp(reader.token);
    const assetId = await asset();
    const read = (await readerClient.callTool({ name: 'get_asset_pidinst', arguments: { assetId } })) as ToolResult;
    expect(read.isError).toBeFalsy();
    const refused = (await readerClient.callTool({
      name: 'assign_asset_persistent_id',
      arguments: { assetId, scheme: 'DOI' },
    })) as ToolResult;
    expect(refused.isError).toBe(true);
    expect(refused.content[0].text).toMatch(/^Forbidden: /);
  });
});
