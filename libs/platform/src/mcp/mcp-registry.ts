import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { CallToolResult, ErrorCode, ListToolsRequestSchema, McpError, Tool } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';
import { forbiddenRole } from '../auth/auth.guard';
import { mayAccess } from '../auth/principal';
import { CommandMeta } from '../commands/command-meta';
import { logServerFailure, toProblem } from '../http/problem';
import { jsonSchemaOf, parseInput } from '../http/validation';
import { outputJsonSchemaOf } from '../http/api-docs';
import { PlatformMetrics } from '../observability/metrics';
import { McpTool, McpToolAnswer, McpToolDefinition, emptyOutput } from './mcp-tool';

const SERVER_INFO = { name: 'custody', version: '0.1.0' };

/** The problem a failed call carries as structuredContent (the same as REST's problem+json). */
const PROBLEM_JSON_SCHEMA = {
  type: 'object',
  required: ['type', 'title', 'status', 'detail', 'code'],
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    code: { type: 'string' },
    errors: {
      type: 'array',
      items: { type: 'object', properties: { path: { type: 'string' }, message: { type: 'string' } } },
    },
  },
};

/**
 * tools/call as it arrives, before any shape is assumed: the SDK's own schema would turn `arguments: "x"` into
 * -32603 Internal error, where the protocol wants -32602 Invalid params.
 */
const RawCallToolRequestSchema = z.object({ method: z.literal('tools/call'), params: z.unknown() });

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A tool's output schema: its result, or (isError) the problem. The MCP SDK's client validates every
 * structuredContent it receives against this schema, errors included.
 */
function outputSchemaOf(tool: McpToolDefinition): Tool['outputSchema'] {
  const { $defs, ...result } = outputJsonSchemaOf(tool.output ?? emptyOutput);
  return {
    type: 'object',
    anyOf: [result, PROBLEM_JSON_SCHEMA],
    ...($defs ? { $defs } : {}),
  } as Tool['outputSchema'];
}

function listingOf(tool: McpToolDefinition): Tool {
  return {
    name: tool.name,
    title: tool.title,
    description: `${tool.description} Requires ${tool.access} access.`,
    inputSchema: jsonSchemaOf(tool.input) as Tool['inputSchema'],
    outputSchema: outputSchemaOf(tool),
    annotations: {
      title: tool.title,
      readOnlyHint: tool.readOnly,
      destructiveHint: !tool.readOnly && tool.destructive === true,
      idempotentHint: tool.readOnly || tool.idempotent === true,
      openWorldHint: false,
    },
  };
}

/** Collects every slice's tool and serves them through the MCP SDK's low-level server. */
@Injectable()
export class McpRegistry implements OnModuleInit {
  private readonly logger = new Logger('Mcp');
  private readonly tools = new Map<string, McpToolDefinition>();
  private listing: { tool: McpToolDefinition; listed: Tool }[] = [];

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
      .map((tool) => ({ tool, listed: listingOf(tool) }));
  }

  get toolNames(): string[] {
    return [...this.tools.keys()].sort();
  }

  /** The tools this caller may call (tools/list shows no others). */
  toolsFor(meta: CommandMeta): Tool[] {
    return this.listing.filter(({ tool }) => mayAccess(meta.principal, tool.access)).map(({ listed }) => listed);
  }

  /** A fresh server per HTTP request (stateless streamable HTTP), bound to the caller. */
  createServer(meta: CommandMeta, onCall?: (tool: string, outcome: string) => void): Server {
    const server = new Server(SERVER_INFO, { capabilities: { tools: {} } });
    server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: this.toolsFor(meta) }));
    server.setRequestHandler(RawCallToolRequestSchema, async (request) => {
      const params = request.params;
      const name = isPlainObject(params) ? params.name : undefined;
      if (typeof name !== 'string') throw new McpError(ErrorCode.InvalidParams, 'tools/call needs params.name.');
      const args = (params as Record<string, unknown>).arguments;
      if (!this.tools.has(name)) {
        onCall?.(name, 'UnknownTool');
        throw new McpError(ErrorCode.InvalidParams, `Unknown tool: ${name}`);
      }
      if (args !== undefined && !isPlainObject(args)) {
        onCall?.(name, 'InvalidArguments');
        throw new McpError(ErrorCode.InvalidParams, `The arguments of ${name} must be an object.`);
      }
      const result = await this.call(name, args, meta);
      onCall?.(name, result.isError ? String((result.structuredContent as { code?: string }).code) : 'ok');
      return result;
    });
    return server;
  }

  async call(name: string, args: unknown, meta: CommandMeta): Promise<CallToolResult> {
    const tool = this.tools.get(name);
    if (!tool) throw new McpError(ErrorCode.InvalidParams, `Unknown tool: ${name}`);
    try {
      if (!mayAccess(meta.principal, tool.access)) throw forbiddenRole(tool.access);
      const input = parseInput(tool.input, args ?? {});
      const result = await tool.execute(input, meta);
      this.metrics.mcpToolCalls.inc({ tool: name, outcome: 'ok' });
      if (result instanceof McpToolAnswer) {
        return {
          content: [{ type: 'text', text: JSON.stringify(result.structured) }, ...result.extra],
          structuredContent: result.structured,
        };
      }
      const structured = isPlainObject(result) ? result : {};
      return { content: [{ type: 'text', text: JSON.stringify(structured) }], structuredContent: structured };
    } catch (error) {
      return this.failure(name, error);
    }
  }

  private failure(name: string, error: unknown): CallToolResult {
    const problem = toProblem(error);
    logServerFailure(this.logger, problem, error);
    this.metrics.mcpToolCalls.inc({ tool: name, outcome: problem.code });
    const errors = problem.errors?.length ? `\n${JSON.stringify(problem.errors)}` : '';
    return {
      isError: true,
      content: [{ type: 'text', text: `${problem.code}: ${problem.detail}${errors}` }],
      structuredContent: { ...problem },
    };
  }
}
