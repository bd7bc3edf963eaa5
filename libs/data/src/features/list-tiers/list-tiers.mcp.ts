import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { CommandMeta, McpTool, McpToolDefinition } from '@custody/platform';
import { ListTiersInput, ListTiersQuery, listTiersInput, listTiersOutput } from './list-tiers.query';

@McpTool()
@Injectable()
export class ListTiersTool implements McpToolDefinition<typeof listTiersInput> {
  readonly name = 'list_tiers';
  readonly title = 'List tiers';
  readonly description = 'Lists storage tiers in registration order, a page at a time: { items, nextCursor }.';
  readonly input = listTiersInput;
  readonly access = 'read' as const;
  readonly readOnly = true;
  readonly output = listTiersOutput;

  constructor(private readonly queries: QueryBus) {}

  execute(input: ListTiersInput, meta: CommandMeta) {
    return this.queries.execute(new ListTiersQuery(input, meta));
  }
}
