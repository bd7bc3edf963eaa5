import { Injectable } from '@nestjs/common';
import { McpTool, McpToolDefinition } from '../../mcp/mcp-tool';
import { PrincipalsService } from '../principals.service';
import {
  RotatePrincipalTokenInput,
  rotatePrincipalTokenInput,
  rotatePrincipalTokenOutput,
} from './rotate-principal-token.command';

@McpTool()
@Injectable()
export class RotatePrincipalTokenTool implements McpToolDefinition<typeof rotatePrincipalTokenInput> {
  readonly name = 'rotate_principal_token';
  readonly title = 'Rotate principal token';
  readonly description =
    'Gives a principal a new bearer token (admin only), shown only this once; the old token stops working at once.';
  readonly input = rotatePrincipalTokenInput;
  readonly output = rotatePrincipalTokenOutput;
  readonly access = 'admin' as const;
  readonly readOnly = false;

  constructor(private readonly principals: PrincipalsService) {}

  execute(input: RotatePrincipalTokenInput) {
    return this.principals.rotateToken(input.principalId.toLowerCase());
  }
}
