import { TestApi, startTestApi } from './support/test-api';

import { ToolResult } from './support/mcp-tools';

describe('equipment: families and assets over MCP', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('lists the equipment tools with described input schemas and read-only hints on reads', async () => {
    const client = await api.mcp();
    const { tools } = await client.listTools();
    const byName = new Map(tools.map((t) => [t.name, t]));
    for (const name of ['register_family', 'register_asset', 'get_asset', 'list_assets', 'activate_asset']) {
      const tool = byName.get(name);
      expect(tool).toBeDefined();
      expect(tool!.description!.length).toBeGreaterThan(20);
      expect(tool!.inputSchema.type).toBe('object');
      for (const property of Object.values(tool!.inputSchema.properties ?? {})) {
        expect((property as { description?: string }).description).toEqual(expect.any(String));
      }
    }
    expect(byName.get('get_asset')!.annotations?.readOnlyHint).toBe(true);
    expect(byName.get('list_assets')!.annotations?.readOnlyHint).toBe(true);
    expect(byName.get('register_asset')!.annotations?.readOnlyHint).toBe(false);
    expect(byName.get('register_asset')!.inputSchema.required).toEqual(expect.arrayContaining(['name', 'familyId']));
  });

  it('registers, activates, reads and lists through tools', async () => {
    const client = await api.mcp();
    const family = (await client.callTool({ name: 'register_family', arguments: { name: 'Detectors' } })) as ToolResult;
    expect(family.isError).toBeFalsy();
    const { familyId } = family.structuredContent;
    const asset = (await client.callTool({
      name: 'register_asset',
      arguments: { name: 'Eiger 16M', familyId, serialNumber: 'E-1' },
    })) as ToolResult;
    const { assetId } = asset.structuredContent;
    expect(JSON.parse(asset.content[0].text)).toEqual({ assetId });
    const activated = (await client.callTool({ name: 'activate_asset', arguments: { assetId } })) as ToolResult;
    expect(activated.isError).toBeFalsy();
    const got = (await client.callTool({ name: 'get_asset', arguments: { assetId } })) as ToolResult;
    expect(got.structuredContent).toMatchObject({
      assetId,
      familyId,
      lifecycle: 'Active',
      serialNumber: 'E-1',
      version: 2,
    });
    const listed = (await client.callTool({ name: 'list_assets', arguments: { lifecycle: 'Active' } })) as ToolResult;
    expect(listed.structuredContent.items.map((a: { assetId: string }) => a.assetId)).toContain(assetId);
  });

  it('returns domain errors as isError with the code first', async () => {
    const client = await api.mcp();
    const missing = (await client.callTool({
      name: 'get_asset',
      arguments: { assetId: '00000000-0000-0000-0000-000000000009' },
    })) as ToolResult;
    expect(missing.isError).toBe(true);
    expect(missing.content[0].text).toMatch(/^AssetNotFound: /);
    const family = ((await client.callTool({ name: 'register_family', arguments: { name: 'F' } })) as ToolResult)
      .structuredContent;
    const asset = (
      (await client.callTool({
        name: 'register_asset',
        arguments: { name: 'A', familyId: family.familyId },
      })) as ToolResult
    ).structuredContent;
    await client.callTool({ name: 'activate_asset', arguments: { assetId: asset.assetId } });
    const again = (await client.callTool({
      name: 'activate_asset',
      arguments: { assetId: asset.assetId },
    })) as ToolResult;
    expect(again.isError).toBe(true);
    expect(again.content[0].text).toMatch(/^AssetCannotActivate: /);
    const noFamily = (await client.callTool({
      name: 'register_asset',
      arguments: { name: 'A', familyId: '00000000-0000-0000-0000-000000000000' },
    })) as ToolResult;
    expect(noFamily.content[0].text).toMatch(/^FamilyNotFound: /);
  });

  it('refuses invalid arguments with ValidationFailed', async () => {
    const client = await api.mcp();
    const bad = (await client.callTool({
      name: 'register_asset',
      arguments: { name: 'A', familyId: 'nope', extra: 1 },
    })) as ToolResult;
    expect(bad.isError).toBe(true);
    expect(bad.content[0].text).toMatch(/^ValidationFailed: /);
    expect(bad.structuredContent.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'familyId' }),
        expect.objectContaining({ path: 'extra' }),
      ]),
    );
  });

  it('checks the role per tool: a reader may read but not register', async () => {
    const reader = await api.as(['reader']);
    const client = await api.mcp(reader.token);
    const refused = (await client.callTool({ name: 'register_family', arguments: { name: 'F' } })) as ToolResult;
    expect(refused.isError).toBe(true);
    expect(refused.content[0].text).toMatch(/^Forbidden: /);
    const list = (await client.callTool({ name: 'list_assets', arguments: {} })) as ToolResult;
    expect(list.isError).toBeFalsy();
  });

  it('refuses /mcp without a token or with an unknown one', async () => {
    const init = {
      jsonrpc: '2.0',
      id: 1,
      method: 'initialize',
      params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '1' } },
    };
    const headers = { accept: 'application/json, text/event-stream' };
    const anonymous = await api.anonymous.post('/mcp', init, { headers });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.code).toBe('Unauthenticated');
    const unknown = await api.anonymous.as('cus_unknown').post('/mcp', init, { headers });
    expect(unknown.status).toBe(401);
    await expect(api.mcp('cus_unknown')).rejects.toThrow();
  });
});
