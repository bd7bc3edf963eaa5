import { Injectable } from '@nestjs/common';
import { CommandMeta } from '../../commands/command-meta';
import { McpTool, McpToolDefinition } from '../../mcp/mcp-tool';
import { PrincipalsService } from '../principals.service';
import { CreatePrincipalInput, createPrincipalInput, createPrincipalOutput } from './create-principal.command';

@McpTool()
@Injectable()
export class CreatePrincipalTool implements McpToolDefinition<typeof createPrincipalInput> {
  readonly name = 'create_principal';
  readonly title = 'Create principal';
  readonly description =
    'Creates a principal with roles and groups and returns its bearer token, shown only this once.';
  readonly input = createPrincipalInput;
  readonly output = createPrincipalOutput;
  readonly access = 'admin' as const;
  readonly readOnly = false;

  constructor(private readonly principals: PrincipalsService) {}

  execute(input: CreatePrincipalInput, meta: CommandMeta) {
    return this.principals.create(input, meta.principal.principalId);
  }
}
