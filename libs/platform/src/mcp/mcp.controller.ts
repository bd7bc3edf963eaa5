import { Controller, Delete, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import type { Response } from 'express';
import { Access, AuthenticatedRequest } from '../auth/access.decorator';
import { commandMetaOf } from '../http/request-meta';
import { problem, PROBLEM_CONTENT_TYPE } from '../http/problem';
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

  @Get()
  @Delete()
  @Access('read')
  @HttpCode(405)
  notAllowed(@Res() res: Response): void {
    res
      .status(405)
      .setHeader('Allow', 'POST')
      .type(PROBLEM_CONTENT_TYPE)
      .send(JSON.stringify(problem(405, 'MethodNotAllowed', 'This MCP endpoint is stateless: use POST.')));
  }
}
