import { Controller, Post, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import type { Response } from 'express';
import { Access, AuthenticatedRequest } from '../auth/access.decorator';
import { commandMetaOf } from '../http/request-meta';
import { logFactsOf } from '../observability/request-logging';
import { McpRegistry } from './mcp-registry';

/** Streamable HTTP at /mcp, stateless: every POST carries its own JSON-RPC exchange and bearer token. */
@ApiExcludeController()
@Controller('mcp')
export class McpController {
  constructor(private readonly registry: McpRegistry) {}

  @Post()
  @Access('read')
  async handle(@Req() req: AuthenticatedRequest, @Res() res: Response): Promise<void> {
    const calls = (logFactsOf(res).mcpCalls ??= []);
    const server = this.registry.createServer(commandMetaOf(req), (tool, outcome) => calls.push({ tool, outcome }));
    const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
    res.on('close', () => {
      void transport.close();
      void server.close();
    });
    await server.connect(transport);
    await transport.handleRequest(req, res, req.body);
  }
}
