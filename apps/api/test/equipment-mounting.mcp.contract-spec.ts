import { Client as McpClient } from '@modelcontextprotocol/sdk/client/index.js';
import { TestApi, startTestApi } from './support/test-api';
import { ToolResult, expectDescribedTools, mcpTools } from './support/mcp-tools';

// Real HTTP on a fresh database, and concurrency rounds: give them room on a busy machine.

const UNKNOWN = '00000000-0000-0000-0000-0000000000d0';

const TOOLS = {
  register_model: false,
  get_model: true,
  list_models: true,
  get_family: true,
  list_families: true,
  begin_asset_maintenance: false,
  end_asset_maintenance: false,
  decommission_asset: false,
  register_frame: false,
  get_frame: true,
  add_mount: false,
  get_mount: true,
  install_asset: false,
  uninstall_asset: false,
} as const;

describe('equipment: catalogue, lifecycle and mounting over MCP', () => {
  let api: TestApi;
  let client: McpClient;
  let familyId: string;

  const { call, ok, fails } = mcpTools(() => client);

  const activeAsset = async (): Promise<string> => {
    const { assetId } = await ok('register_asset', { name: 'Eiger', familyId });
    await ok('activate_asset', { assetId });
    return assetId;
  };
  const mount = async (slotCode: string): Promise<string> => {
    const { frameId } = await ok('register_frame', { name: `Frame for ${slotCode}` });
    return (await ok('add_mount', { frameId, slotCode })).mountId;
  };

  beforeAll(async () => {
    api = await startTestApi();
    const operator = await api.as(['operator']);
    client = await api.mcp(operator.token);
    familyId = (await ok('register_family', { name: 'Detectors' })).familyId;
  });
  afterAll(() => api.close());

  it('lists every tool with a described input schema, read-only hints on reads only', async () => {
    const byName = await expectDescribedTools(
      client,
      Object.keys(TOOLS),
      Object.entries(TOOLS).flatMap(([name, readOnly]) => (readOnly ? [name] : [])),
    );
    expect(byName.get('install_asset')!.inputSchema.required).toEqual(expect.arrayContaining(['mountId', 'assetId']));
  });

  it('register_model: returns { modelId }; FamilyNotFound', async () => {
    const { modelId } = await ok('register_model', { familyId, name: 'Eiger2', manufacturer: { name: 'DECTRIS' } });
    expect(modelId).toEqual(expect.stringMatching(/^[0-9a-f-]{36}$/));
    await fails('register_model', { familyId: UNKNOWN, name: 'X', manufacturer: { name: 'M' } }, 'FamilyNotFound');
  });

  it('get_model: reads the model; ModelNotFound', async () => {
    const manufacturer = { name: 'DECTRIS', identifier: 'https://ror.org/02j2x3c07', identifierType: 'ROR' };
    const { modelId } = await ok('register_model', { familyId, name: 'Pilatus4', manufacturer });
    expect(await ok('get_model', { modelId })).toEqual({
      modelId,
      familyId,
      name: 'Pilatus4',
      manufacturer,
      version: 1,
    });
    await fails('get_model', { modelId: UNKNOWN }, 'ModelNotFound');
  });

  it('list_models: pages a family’s models; InvalidCursor', async () => {
    const { familyId: own } = await ok('register_family', { name: 'Stages' });
    const ids = [];
    for (let i = 0; i < 3; i++)
      ids.push((await ok('register_model', { familyId: own, name: `S${i}`, manufacturer: { name: 'PI' } })).modelId);
    const page1 = await ok('list_models', { familyId: own, limit: 2 });
    expect(page1.items.map((m: { modelId: string }) => m.modelId)).toEqual(ids.slice(0, 2));
    const page2 = await ok('list_models', { familyId: own, limit: 2, cursor: page1.nextCursor });
    expect(page2).toEqual({ items: [expect.objectContaining({ modelId: ids[2] })], nextCursor: null });
    await fails('list_models', { cursor: 'WyJ4Il0' }, 'InvalidCursor');
  });

  it('get_family: reads the family; FamilyNotFound', async () => {
    expect(await ok('get_family', { familyId })).toEqual({ familyId, name: 'Detectors', version: 1 });
    await fails('get_family', { familyId: UNKNOWN }, 'FamilyNotFound');
  });

  it('list_families: lists the families; InvalidCursor', async () => {
    const listed = await ok('list_families', { limit: 100 });
    expect(listed.items).toEqual(expect.arrayContaining([{ familyId, name: 'Detectors', version: 1 }]));
    expect(listed.nextCursor).toBeNull();
    await fails('list_families', { cursor: '!!' }, 'InvalidCursor');
  });

  it('begin_asset_maintenance: Active → Maintenance; AssetCannotBeginMaintenance', async () => {
    const assetId = await activeAsset();
    expect(await ok('begin_asset_maintenance', { assetId })).toEqual({ assetId, lifecycle: 'Maintenance' });
    expect((await ok('get_asset', { assetId })).lifecycle).toBe('Maintenance');
    await fails('begin_asset_maintenance', { assetId }, 'AssetCannotBeginMaintenance');
  });

  it('end_asset_maintenance: Maintenance → Active; AssetCannotEndMaintenance', async () => {
    const assetId = await activeAsset();
    await fails('end_asset_maintenance', { assetId }, 'AssetCannotEndMaintenance');
    await ok('begin_asset_maintenance', { assetId });
    expect(await ok('end_asset_maintenance', { assetId })).toEqual({ assetId, lifecycle: 'Active' });
    expect((await ok('get_asset', { assetId })).lifecycle).toBe('Active');
  });

  it('decommission_asset: decommissions; AssetIsInstalled, AssetCannotDecommission, AssetNotFound', async () => {
    const assetId = await activeAsset();
    const mountId = await mount('D1');
    await ok('install_asset', { mountId, assetId });
    await fails('decommission_asset', { assetId }, 'AssetIsInstalled');
    await ok('uninstall_asset', { mountId });
    expect(await ok('decommission_asset', { assetId })).toEqual({ assetId, lifecycle: 'Decommissioned' });
    await fails('decommission_asset', { assetId }, 'AssetCannotDecommission');
    await fails('decommission_asset', { assetId: UNKNOWN }, 'AssetNotFound');
  });

  it('register_frame and get_frame: a frame with its mounts; FrameNotFound', async () => {
    const { frameId } = await ok('register_frame', { name: 'Detector table' });
    const { mountId } = await ok('add_mount', { frameId, slotCode: 'A1' });
    expect(await ok('get_frame', { frameId })).toEqual({
      frameId,
      name: 'Detector table',
      mounts: [{ mountId, slotCode: 'A1', assetId: null }],
      version: 2,
    });
    await fails('get_frame', { frameId: UNKNOWN }, 'FrameNotFound');
    const invalid = await call('register_frame', { name: '' });
    expect(invalid.content[0].text).toMatch(/^ValidationFailed: /);
  });

  it('add_mount: returns { mountId }; MountSlotTaken, FrameNotFound', async () => {
    const { frameId } = await ok('register_frame', { name: 'Rack' });
    const { mountId } = await ok('add_mount', { frameId, slotCode: 'B2' });
    expect(mountId).toEqual(expect.stringMatching(/^[0-9a-f-]{36}$/));
    await fails('add_mount', { frameId, slotCode: 'b2' }, 'MountSlotTaken');
    await fails('add_mount', { frameId: UNKNOWN, slotCode: 'B3' }, 'FrameNotFound');
  });

  it('get_mount: reads the mount; MountNotFound', async () => {
    const { frameId } = await ok('register_frame', { name: 'Bench' });
    const { mountId } = await ok('add_mount', { frameId, slotCode: 'C3' });
    expect(await ok('get_mount', { mountId })).toEqual({ mountId, frameId, slotCode: 'C3', assetId: null, version: 1 });
    await fails('get_mount', { mountId: UNKNOWN }, 'MountNotFound');
  });

  it('install_asset: installs, the same again changes nothing; MountAlreadyOccupied, AssetNotInstallable', async () => {
    const mountId = await mount('I1');
    const assetId = await activeAsset();
    expect(await ok('install_asset', { mountId, assetId })).toEqual({ mountId, assetId });
    expect(await ok('install_asset', { mountId, assetId })).toEqual({ mountId, assetId });
    expect(await ok('get_mount', { mountId })).toMatchObject({ assetId, version: 2 });
    await fails('install_asset', { mountId, assetId: await activeAsset() }, 'MountAlreadyOccupied');
    const { assetId: commissioned } = await ok('register_asset', { name: 'New', familyId });
    await fails('install_asset', { mountId: await mount('I2'), assetId: commissioned }, 'AssetNotInstallable');
  });

  it('uninstall_asset: returns what it took out; MountIsEmpty', async () => {
    const mountId = await mount('U1');
    const assetId = await activeAsset();
    await ok('install_asset', { mountId, assetId });
    expect(await ok('uninstall_asset', { mountId })).toEqual({ mountId, assetId });
    expect((await ok('get_asset', { assetId })).mountId).toBeNull();
    await fails('uninstall_asset', { mountId }, 'MountIsEmpty');
  });

  it('checks the role per tool: a reader may read but not change', async () => {
    const reader = await api.as(['reader']);
    const readerClient = await api.mcp(reader.token);
    const refused = (await readerClient.callTool({
      name: 'register_frame',
      arguments: { name: 'F' },
    })) as ToolResult;
    expect(refused.isError).toBe(true);
    expect(refused.content[0].text).toMatch(/^Forbidden: /);
    const listed = (await readerClient.callTool({ name: 'list_families', arguments: {} })) as ToolResult;
    expect(listed.isError).toBeFalsy();
  });
});
