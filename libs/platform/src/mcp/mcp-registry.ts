import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import {
  CallToolRequestSchema,
  CallToolResult,
  ListToolsRequestSchema,
  Tool,
} from '@modelcontextprotocol/sdk/types.js';
import { DomainError } from '@custody/kernel';
import { forbiddenRole } from '../auth/auth.guard';
import { mayAccess } from '../auth/principal';
import { CommandMeta } from '../commands/command-meta';
import { toProblem } from '../http/problem';
import { jsonSchemaOf, parseInput } from '../http/validation';
import { PlatformMetrics } from '../observability/metrics';
import { McpTool, McpToolDefinition } from './mcp-tool';

const SERVER_INFO = { name: 'custody', version: '0.1.0' };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Collects every slice's tool and serves them through the MCP SDK's low-level server. */
@Injectable()
export class McpRegistry implements OnModuleInit {
  private readonly logger = new Logger('Mcp');
  private readonly tools = new Map<string, McpToolDefinition>();
  private listing: Tool[] = [];

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly metrics: PlatformMetrics,
  ) {}

  onModuleInit(): void {
    for (const wrapper of this.discovery.getProviders({ metadataKey: McpTool.KEY })) {
      const tool = wrapper.instance as McpToolDefinition;
      if (this.tools.has(tool.name)) throw new Error(`Two MCP tools are named ${tool.name}`);
      this.tools.set(tool.name, tool);
    }
    this.listing = [...this.tools.values()]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((tool) => ({
        name: tool.name,
        title: tool.title,
        description: `${tool.description} Requires ${tool.access} access.`,
        inputSchema: jsonSchemaOf(tool.input) as Tool['inputSchema'],
        annotations: {
          title: tool.title,
          readOnlyHint: tool.readOnly,
          destructiveHint: false,
          openWorldHint: false,
        },
      }));
  }

  get toolNames(): string[] {
    return [...this.tools.keys()].sort();
  }

  /** A fresh server per HTTP request (stateless streamable HTTP), bound to the caller. */
  createServer(meta: CommandMeta): Server {
    const server = new Server(SERVER_INFO, { capabilities: { tools: {} } });
    server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: this.listing }));
    server.setRequestHandler(CallToolRequestSchema, async (request) =>
      this.call(request.params.name, request.params.arguments, meta),
    );
    return server;
  }

  async call(name: string, args: unknown, meta: CommandMeta): Promise<CallToolResult> {
    const tool = this.tools.get(name);
    if (!tool) return this.failure(name, new DomainError('ToolNotFound', 'NotFound', `No tool named ${name}.`));
    try {
      if (!mayAccess(meta.principal, tool.access)) throw forbiddenRole(tool.access);
      const input = parseInput(tool.input, args ?? {});
      const result = await tool.execute(input, meta);
      this.metrics.mcpToolCalls.inc({ tool: name, outcome: 'ok' });
      const text = result === undefined ? 'OK' : JSON.stringify(result);
      return isPlainObject(result)
        ? { content: [{ type: 'text', text }], structuredContent: result }
        : { content: [{ type: 'text', text }] };
    } catch (error) {
      return this.failure(name, error);
    }
  }

  private failure(name: string, error: unknown): CallToolResult {
    const problem = toProblem(error);
    if (problem.status >= 500)
      this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    this.metrics.mcpToolCalls.inc({ tool: name, outcome: problem.code });
    const errors = problem.errors?.length ? `\n${JSON.stringify(problem.errors)}` : '';
    return {
      isError: true,
      content: [{ type: 'text', text: `${problem.code}: ${problem.detail}${errors}` }],
      structuredContent: { ...problem },
    };
  }
}
