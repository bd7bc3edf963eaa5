import { Client as McpClient } from '@modelcontextprotocol/sdk/client/index.js';
import { HttpClient } from '@custody/platform/testing';
import { TestApi, startTestApi } from './support/test-api';

import { ToolResult } from './support/mcp-tools';

const UNKNOWN = '00000000-0000-0000-0000-000000000000';
const TOOLS = [
  'register_assembly',
  'deprecate_assembly',
  'get_assembly',
  'list_assemblies',
  'register_fixture',
  'get_fixture',
  'list_fixtures',
  'attach_asset_to_fixture',
  'detach_asset_from_fixture',
];

describe('equipment: assemblies and fixtures over MCP', () => {
  let api: TestApi;
  let rest: HttpClient;
  let client: McpClient;
  let detectors: string;
  let slotCode = 0;

  beforeAll(async () => {
    api = await startTestApi();
    rest = await api.as(['operator']);
    const operator = rest.token!;
    client = await api.mcp(operator);
    detectors = (await rest.post('/v1/families', { name: 'Detectors' })).body.familyId;
  });
  afterAll(() => api.close());

  const call = async (name: string, args: Record<string, unknown>) =>
    (await client.callTool({ name, arguments: args })) as ToolResult;
  const succeeds = async (name: string, args: Record<string, unknown>) => {
    const result = await call(name, args);
    if (result.isError) throw new Error(`${name} failed: ${result.content[0].text}`);
    return result.structuredContent;
  };
  const failsWith = async (name: string, args: Record<string, unknown>, code: string) => {
    const result = await call(name, args);
    expect(result.isError).toBe(true);
    expect(result.content[0].text).toMatch(new RegExp(`^${code}: `));
    return result;
  };
  /** An Active detector installed in a fresh mount (set up over REST). */
  const installedDetector = async () => {
    const { assetId } = (await rest.post('/v1/assets', { name: 'Eiger', familyId: detectors })).body;
    await rest.post(`/v1/assets/${assetId}/activate`);
    const { frameId } = (await rest.post('/v1/frames', { name: 'table' })).body;
    slotCode += 1;
    const { mountId } = (await rest.post(`/v1/frames/${frameId}/mounts`, { slotCode: `S${slotCode}` })).body;
    const installed = await rest.put(`/v1/mounts/${mountId}/installed-asset`, { assetId });
    if (installed.status !== 204) throw new Error(`install failed: ${installed.text}`);
    return assetId as string;
  };
  const oneDetectorAssembly = async () =>
    (
      await succeeds('register_assembly', {
        name: 'one detector',
        slots: [{ name: 'detector', familyId: detectors, count: 1 }],
      })
    ).assemblyId as string;

  it('lists every assembly and fixture tool with a described input schema; reads carry readOnlyHint', async () => {
    const { tools } = await client.listTools();
    const byName = new Map(tools.map((t) => [t.name, t]));
    for (const name of TOOLS) {
      const tool = byName.get(name);
      expect(tool).toBeDefined();
      expect(tool!.description!.length).toBeGreaterThan(20);
      expect(tool!.inputSchema.type).toBe('object');
      for (const property of Object.values(tool!.inputSchema.properties ?? {})) {
        expect((property as { description?: string }).description).toEqual(expect.any(String));
      }
      expect(tool!.annotations?.readOnlyHint).toBe(name.startsWith('get_') || name.startsWith('list_'));
    }
    expect(byName.get('register_fixture')!.inputSchema.required).toEqual(
      expect.arrayContaining(['assemblyId', 'slotAssetBindings']),
    );
  });

  it('register_assembly, get_assembly, list_assemblies, deprecate_assembly: success', async () => {
    const registered = await succeeds('register_assembly', {
      name: 'SAXS',
      slots: [{ name: 'detector', familyId: detectors, count: 2 }],
    });
    expect(registered).toEqual({ assemblyId: expect.any(String) });
    const { assemblyId } = registered;
    expect(await succeeds('get_assembly', { assemblyId })).toEqual({
      assemblyId,
      name: 'SAXS',
      slots: [{ name: 'detector', familyId: detectors, count: 2 }],
      deprecated: false,
      version: 1,
    });
    expect(await succeeds('deprecate_assembly', { assemblyId })).toEqual({ assemblyId, deprecated: true });
    const listed = await succeeds('list_assemblies', { deprecated: true });
    expect(listed.items).toEqual([expect.objectContaining({ assemblyId, deprecated: true, version: 2 })]);
    expect(listed.nextCursor).toBeNull();
    const usable = await succeeds('list_assemblies', { deprecated: 'false' });
    expect(usable.items.map((a: { assemblyId: string }) => a.assemblyId)).not.toContain(assemblyId);
  });

  it('register_assembly, get_assembly, list_assemblies, deprecate_assembly: domain errors', async () => {
    await failsWith(
      'register_assembly',
      { name: 'x', slots: [{ name: 'd', familyId: UNKNOWN, count: 1 }] },
      'FamilyNotFound',
    );
    const invalid = await failsWith(
      'register_assembly',
      {
        name: 'x',
        slots: [
          { name: 'd', familyId: detectors, count: 1 },
          { name: 'd', familyId: detectors, count: 1 },
        ],
      },
      'ValidationFailed',
    );
    expect(invalid.structuredContent.errors).toEqual([expect.objectContaining({ path: 'slots.1.name' })]);
    await failsWith('get_assembly', { assemblyId: UNKNOWN }, 'AssemblyNotFound');
    await failsWith('deprecate_assembly', { assemblyId: UNKNOWN }, 'AssemblyNotFound');
    const assemblyId = await oneDetectorAssembly();
    await succeeds('deprecate_assembly', { assemblyId });
    await failsWith('deprecate_assembly', { assemblyId }, 'AssemblyCannotDeprecate');
    await failsWith('list_assemblies', { cursor: 'not-a-cursor' }, 'InvalidCursor');
  });

  it('register_fixture, get_fixture, list_fixtures, attach and detach: success', async () => {
    const assemblyId = await oneDetectorAssembly();
    const assetId = await installedDetector();
    const { fixtureId } = await succeeds('register_fixture', {
      assemblyId,
      slotAssetBindings: [{ slotName: 'detector', assetId }],
      parameterOverrides: { energyKeV: 12.4 },
    });
    expect(await succeeds('get_fixture', { fixtureId })).toEqual({
      fixtureId,
      assemblyId,
      slotAssetBindings: [{ slotName: 'detector', assetId }],
      parameterOverrides: { energyKeV: 12.4 },
      attachedAssetIds: [],
      persistentId: null,
      version: 1,
    });
    expect(await succeeds('list_fixtures', { assemblyId })).toEqual({
      items: [expect.objectContaining({ fixtureId })],
      nextCursor: null,
    });
    expect(await succeeds('attach_asset_to_fixture', { assetId, fixtureId })).toEqual({
      assetId,
      fixtureId,
      attached: true,
    });
    expect((await succeeds('get_fixture', { fixtureId })).attachedAssetIds).toEqual([assetId]);
    expect((await succeeds('list_fixtures', { assetId })).items).toEqual([
      expect.objectContaining({ fixtureId, attachedAssetIds: [assetId] }),
    ]);
    expect(await succeeds('detach_asset_from_fixture', { assetId, fixtureId })).toEqual({
      assetId,
      fixtureId,
      attached: false,
    });
    expect((await rest.get(`/v1/assets/${assetId}`)).body.fixtureId).toBeNull();
  });

  it('register_fixture, get_fixture, list_fixtures, attach and detach: domain errors', async () => {
    const assemblyId = await oneDetectorAssembly();
    const assetId = await installedDetector();
    await failsWith(
      'register_fixture',
      { assemblyId, slotAssetBindings: [{ slotName: 'detector', assetId: UNKNOWN }] },
      'FixtureAssetNotFound',
    );
    await failsWith('register_fixture', { assemblyId, slotAssetBindings: [] }, 'FixtureMappingIncomplete');
    await failsWith('get_fixture', { fixtureId: UNKNOWN }, 'FixtureNotFound');
    await failsWith('list_fixtures', { cursor: 'bm90LWpzb24' }, 'InvalidCursor');
    const { fixtureId } = await succeeds('register_fixture', {
      assemblyId,
      slotAssetBindings: [{ slotName: 'detector', assetId }],
    });
    const stranger = await installedDetector();
    await failsWith('attach_asset_to_fixture', { assetId: stranger, fixtureId }, 'AssetNotBoundInFixture');
    await failsWith('detach_asset_from_fixture', { assetId, fixtureId }, 'AssetNotAttachedToFixture');
    await succeeds('attach_asset_to_fixture', { assetId, fixtureId });
    await failsWith('attach_asset_to_fixture', { assetId, fixtureId }, 'AssetAlreadyAttachedToFixture');
    await failsWith('detach_asset_from_fixture', { assetId, fixtureId: UNKNOWN }, 'FixtureNotFound');
  });

  it('checks the role per tool: a reader may read but not register or attach', async () => {
    const reader = await api.as(['reader']);
    const readerClient = await api.mcp(reader.token);
    const refused = (await readerClient.callTool({
      name: 'register_assembly',
      arguments: { name: 'x', slots: [{ name: 'd', familyId: detectors, count: 1 }] },
    })) as ToolResult;
    expect(refused.content[0].text).toMatch(/^Forbidden: /);
    const attach = (await readerClient.callTool({
      name: 'attach_asset_to_fixture',
      arguments: { assetId: UNKNOWN, fixtureId: UNKNOWN },
    })) as ToolResult;
    expect(attach.content[0].text).toMatch(/^Forbidden: /);
    const list = (await readerClient.callTool({ name: 'list_fixtures', arguments: {} })) as ToolResult;
    expect(list.isError).toBeFalsy();
  });
});
