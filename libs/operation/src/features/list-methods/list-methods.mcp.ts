import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { CommandMeta, McpTool, McpToolDefinition } from '@custody/platform';
import { ListMethodsInput, ListMethodsQuery, listMethodsInput, listMethodsOutput } from './list-methods.query';

@McpTool()
@Injectable()
export class ListMethodsTool implements McpToolDefinition<typeof listMethodsInput> {
  readonly name = 'list_methods';
  readonly title = 'List methods';
  readonly description =
    'Lists processing methods in registration order, a page at a time: { items, nextCursor }; pass nextCursor back as cursor for the next page.';
  readonly input = listMethodsInput;
  readonly output = listMethodsOutput;
  readonly access = 'read' as const;
  readonly readOnly = true;

  constructor(private readonly queries: QueryBus) {}

  execute(input: ListMethodsInput, meta: CommandMeta) {
    return this.queries.execute(new ListMethodsQuery(input, meta));
  }
}
