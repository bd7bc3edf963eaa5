import { Injectable } from '@nestjs/common';
import { McpTool, McpToolDefinition } from '../../mcp/mcp-tool';
import { PrincipalsService } from '../principals.service';
import { GetPrincipalInput, getPrincipalInput, getPrincipalOutput } from './get-principal.query';

@McpTool()
@Injectable()
export class GetPrincipalTool implements McpToolDefinition<typeof getPrincipalInput> {
  readonly name = 'get_principal';
  readonly title = 'Get principal';
  readonly description = 'One principal (admin only): id, name, roles, groups, enabled, createdAt; never its token.';
  readonly input = getPrincipalInput;
  readonly output = getPrincipalOutput;
  readonly access = 'admin' as const;
  readonly readOnly = true;

  constructor(private readonly principals: PrincipalsService) {}

  execute(input: GetPrincipalInput) {
    return this.principals.get(input.principalId.toLowerCase());
  }
}
