import { Client as McpClient } from '@modelcontextprotocol/sdk/client/index.js';

export type ToolResult = { isError?: boolean; content: { type: string; text: string }[]; structuredContent?: any };

/**
 * call / ok / fails over MCP for a contract spec. `clientFor` picks the client a tool is called with unless the
 * call names one (clients are made in beforeAll, so it is read at call time).
 */
export function mcpTools(clientFor: (tool: string) => McpClient) {
  const call = async (name: string, args: Record<string, unknown>, as?: McpClient): Promise<ToolResult> =>
    (await (as ?? clientFor(name)).callTool({ name, arguments: args })) as ToolResult;
  /** The structured answer of a call that must succeed; its text content is the same JSON. */
  const ok = async (name: string, args: Record<string, unknown>, as?: McpClient) => {
    const result = await call(name, args, as);
    if (result.isError) throw new Error(`${name} failed: ${result.content[0].text}`);
    expect(JSON.parse(result.content[0].text)).toEqual(result.structuredContent);
    return result.structuredContent;
  };
  /** A call that must fail with `code`: an isError result whose text starts with the code. */
  const fails = async (name: string, args: Record<string, unknown>, code: string, as?: McpClient) => {
    const result = await call(name, args, as);
    expect(result.isError).toBe(true);
    expect(result.content[0].text).toMatch(new RegExp(`^${code}: `));
    expect(result.structuredContent).toMatchObject({ code });
    return result;
  };
  return { call, ok, fails };
}

/** Every named tool is listed with a described input schema, and readOnlyHint exactly on the reads. */
export async function expectDescribedTools(client: McpClient, names: readonly string[], reads: readonly string[]) {
  const { tools } = await client.listTools();
  const byName = new Map(tools.map((t) => [t.name, t]));
  for (const name of names) {
    const tool = byName.get(name);
    expect({ name, listed: tool !== undefined }).toEqual({ name, listed: true });
    expect(tool!.description!.length).toBeGreaterThan(40);
    expect(tool!.inputSchema.type).toBe('object');
    for (const [property, schema] of Object.entries(tool!.inputSchema.properties ?? {})) {
      expect({ name, property, description: typeof (schema as { description?: string }).description }).toEqual({
        name,
        property,
        description: 'string',
      });
    }
    expect({ name, readOnly: tool!.annotations?.readOnlyHint }).toEqual({ name, readOnly: reads.includes(name) });
  }
  return byName;
}
