import { Injectable } from '@nestjs/common';
import { McpTool, McpToolDefinition } from '../../mcp/mcp-tool';
import { PrincipalsService } from '../principals.service';
import { DisablePrincipalInput, disablePrincipalInput, disablePrincipalOutput } from './disable-principal.command';

@McpTool()
@Injectable()
export class DisablePrincipalTool implements McpToolDefinition<typeof disablePrincipalInput> {
  readonly name = 'disable_principal';
  readonly title = 'Disable principal';
  readonly description =
    'Disables a principal (admin only): its tokens are refused from then on. The last enabled administrator cannot be disabled (LastAdmin).';
  readonly input = disablePrincipalInput;
  readonly output = disablePrincipalOutput;
  readonly access = 'admin' as const;
  readonly readOnly = false;
  readonly destructive = true;
  readonly idempotent = true;

  constructor(private readonly principals: PrincipalsService) {}

  async execute(input: DisablePrincipalInput) {
    const principalId = input.principalId.toLowerCase();
    await this.principals.disable(principalId);
    return { principalId, enabled: false as const };
  }
}
