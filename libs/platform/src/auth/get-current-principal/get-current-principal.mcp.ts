import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { CommandMeta } from '../../commands/command-meta';
import { McpTool, McpToolDefinition } from '../../mcp/mcp-tool';
import { principalView } from '../create-principal/create-principal.command';

const input = z.strictObject({});

@McpTool()
@Injectable()
export class GetCurrentPrincipalTool implements McpToolDefinition<typeof input> {
  readonly name = 'get_current_principal';
  readonly title = 'Who am I';
  readonly description = 'Returns the principal the bearer token belongs to: id, name, roles and groups.';
  readonly input = input;
  readonly access = 'read' as const;
  readonly readOnly = true;
  readonly output = principalView;

  async execute(_input: unknown, meta: CommandMeta) {
    const { principalId, name, roles, groups } = meta.principal;
    return { principalId, name, roles, groups };
  }
}
