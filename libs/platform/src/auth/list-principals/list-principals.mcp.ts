import { Injectable } from '@nestjs/common';
import { McpTool, McpToolDefinition } from '../../mcp/mcp-tool';
import { ListPrincipalsHandler } from './list-principals.handler';
import { ListPrincipalsInput, listPrincipalsInput, listPrincipalsOutput } from './list-principals.query';

@McpTool()
@Injectable()
export class ListPrincipalsTool implements McpToolDefinition<typeof listPrincipalsInput> {
  readonly name = 'list_principals';
  readonly title = 'List principals';
  readonly description = 'Lists principals (admin only) in id order, without tokens: { items, nextCursor }.';
  readonly input = listPrincipalsInput;
  readonly output = listPrincipalsOutput;
  readonly access = 'admin' as const;
  readonly readOnly = true;

  constructor(private readonly handler: ListPrincipalsHandler) {}

  execute(input: ListPrincipalsInput) {
    return this.handler.execute(input);
  }
}
