import { createHash } from 'node:crypto';
import { McpError } from '@modelcontextprotocol/sdk/types.js';
import { ADMIN_TOKEN, TestApi, startTestApi } from './support/test-api';

type ToolResult = {
  isError?: boolean;
  content: { type: string; text?: string; resource?: { uri: string; mimeType?: string; blob?: string } }[];
  structuredContent?: any;
};

/** One JSON-RPC exchange with /mcp, below the SDK, to see exactly what the server answers. */
async function rpc(api: TestApi, body: unknown, token: string | null = ADMIN_TOKEN) {
  const res = await fetch(`${api.baseUrl}/mcp`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json, text/event-stream',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
}

describe('MCP by the spec', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('gives every tool an output schema and truthful annotations', async () => {
    const { tools } = await (await api.mcp()).listTools();
    expect(tools.length).toBeGreaterThan(45);
    for (const tool of tools) {
      expect({ name: tool.name, type: tool.outputSchema?.type }).toEqual({ name: tool.name, type: 'object' });
    }
    const byName = new Map(tools.map((t) => [t.name, t.annotations]));
    for (const name of ['decommission_asset', 'discard_dataset', 'discard_distribution', 'uninstall_asset']) {
      expect({ name, destructive: byName.get(name)?.destructiveHint }).toEqual({ name, destructive: true });
    }
    for (const name of ['register_asset', 'get_asset', 'activate_asset', 'deposit_artifact']) {
      expect({ name, destructive: byName.get(name)?.destructiveHint }).toEqual({ name, destructive: false });
    }
    expect(byName.get('install_asset')?.idempotentHint).toBe(true);
    expect(byName.get('register_asset')?.idempotentHint).toBe(false);
    expect(byName.get('get_asset')).toMatchObject({ readOnlyHint: true, idempotentHint: true });
  });

  it('answers results as structuredContent (validated by the SDK client against the output schema) plus the same JSON as text', async () => {
    const client = await api.mcp();
    const family = (await client.callTool({ name: 'register_family', arguments: { name: 'Cameras' } })) as ToolResult;
    expect(JSON.parse(family.content[0].text!)).toEqual(family.structuredContent);
    const { familyId } = family.structuredContent;
    const asset = (await client.callTool({
      name: 'register_asset',
      arguments: { name: 'Pco', familyId },
    })) as ToolResult;
    const activated = (await client.callTool({
      name: 'activate_asset',
      arguments: { assetId: asset.structuredContent.assetId },
    })) as ToolResult;
    expect(activated.structuredContent).toEqual({ assetId: asset.structuredContent.assetId, lifecycle: 'Active' });
    const missing = (await client.callTool({
      name: 'get_asset',
      arguments: { assetId: '00000000-0000-0000-0000-000000000001' },
    })) as ToolResult;
    expect(missing.isError).toBe(true);
    expect(missing.structuredContent).toMatchObject({ status: 404, code: 'AssetNotFound' });
  });

  it('lists only the tools the caller’s role may call', async () => {
    const names = async (token: string) => (await (await api.mcp(token)).listTools()).tools.map((t) => t.name);
    const reader = await api.as(['reader']);
    const worker = await api.as(['worker']);
    const readerTools = await names(reader.token!);
    const workerTools = await names(worker.token!);
    const adminTools = await names(ADMIN_TOKEN);
    expect(readerTools).toContain('get_asset');
    expect(readerTools).not.toContain('register_asset');
    expect(readerTools).not.toContain('deposit_artifact');
    expect(workerTools).toContain('deposit_artifact');
    expect(workerTools).not.toContain('create_principal');
    expect(adminTools).toContain('create_principal');
    expect(adminTools.length).toBeGreaterThan(workerTools.length);
  });

  it('answers an unknown tool and non-object arguments with JSON-RPC -32602', async () => {
    const client = await api.mcp();
    await expect(client.callTool({ name: 'no_such_tool', arguments: {} })).rejects.toMatchObject({ code: -32602 });
    await expect(client.callTool({ name: 'no_such_tool', arguments: {} })).rejects.toBeInstanceOf(McpError);
    for (const args of [null, [], 'text', 7]) {
      const res = await rpc(api, {
        jsonrpc: '2.0',
        id: 1,
        method: 'tools/call',
        params: { name: 'list_assets', arguments: args },
      });
      expect({ args, code: res.body.error?.code }).toEqual({ args, code: -32602 });
    }
    const invalid = (await client.callTool({ name: 'register_family', arguments: { name: 7 } })) as ToolResult;
    expect(invalid.isError).toBe(true);
    expect(invalid.content[0].text).toMatch(/^ValidationFailed/);
  });

  it('answers 401 with WWW-Authenticate: Bearer without a valid token', async () => {
    for (const token of [null, 'cus_unknown']) {
      const res = await rpc(api, { jsonrpc: '2.0', id: 1, method: 'tools/list' }, token);
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect(res.body.code).toBe('Unauthenticated');
    }
  });

  it('deposits (base64) and fetches (embedded resource) artifacts under the HTTP access rule', async () => {
    const worker = await api.as(['worker']);
    const other = await api.as(['worker']);
    const client = await api.mcp(worker.token!);
    const bytes = Buffer.from([0, 1, 2, 250, 251, 252, 10, 13]);
    const deposited = (await client.callTool({
      name: 'deposit_artifact',
      arguments: { content: bytes.toString('base64'), contentType: 'Application/Octet-Stream; x=y' },
    })) as ToolResult;
    expect(deposited.isError).toBeFalsy();
    const receipt = deposited.structuredContent;
    expect(receipt).toEqual({
      artifactUri: expect.stringMatching(/^custody:\/\/artifacts\/[0-9a-f]{32}$/),
      sizeBytes: 8,
      contentType: 'application/octet-stream',
      sha256: createHash('sha256').update(bytes).digest('hex'),
    });
    // The bytes are the same over HTTP.
    const http = await fetch(`${api.baseUrl}/v1/artifacts?uri=${encodeURIComponent(receipt.artifactUri)}`, {
      headers: { authorization: `Bearer ${worker.token}` },
    });
    expect(Buffer.from(await http.arrayBuffer())).toEqual(bytes);

    const fetched = (await client.callTool({
      name: 'fetch_artifact',
      arguments: { artifactUri: receipt.artifactUri },
    })) as ToolResult;
    expect(fetched.structuredContent).toMatchObject({ ...receipt, createdBy: expect.any(String) });
    const resource = fetched.content.find((c) => c.type === 'resource')!.resource!;
    expect(resource).toMatchObject({ uri: receipt.artifactUri, mimeType: 'application/octet-stream' });
    expect(Buffer.from(resource.blob!, 'base64')).toEqual(bytes);

    const refused = (await (
      await api.mcp(other.token!)
    ).callTool({
      name: 'fetch_artifact',
      arguments: { artifactUri: receipt.artifactUri },
    })) as ToolResult;
    expect(refused.isError).toBe(true);
    expect(refused.content[0].text).toMatch(/^Forbidden/);
    const notBase64 = (await client.callTool({
      name: 'deposit_artifact',
      arguments: { content: 'not base64!', contentType: 'text/plain' },
    })) as ToolResult;
    expect(notBase64.content[0].text).toMatch(/^ValidationFailed/);
  });

  it('caps an MCP deposit at 16 MiB', async () => {
    const client = await api.mcp();
    const big = Buffer.alloc(16 * 1024 * 1024 + 1, 1).toString('base64');
    const tooLarge = (await client.callTool({
      name: 'deposit_artifact',
      arguments: { content: big, contentType: 'application/octet-stream' },
    })) as ToolResult;
    expect(tooLarge.isError).toBe(true);
    expect(tooLarge.content[0].text).toMatch(/^PayloadTooLarge/);
  });
});
