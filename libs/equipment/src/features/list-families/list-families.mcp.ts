import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { CommandMeta, McpTool, McpToolDefinition } from '@custody/platform';
import { ListFamiliesInput, ListFamiliesQuery, listFamiliesInput, listFamiliesOutput } from './list-families.query';

@McpTool()
@Injectable()
export class ListFamiliesTool implements McpToolDefinition<typeof listFamiliesInput> {
  readonly name = 'list_families';
  readonly title = 'List families';
  readonly description =
    'Lists instrument families in registration order, a page at a time: { items, nextCursor }. Fails with InvalidCursor.';
  readonly input = listFamiliesInput;
  readonly access = 'read' as const;
  readonly readOnly = true;
  readonly output = listFamiliesOutput;

  constructor(private readonly queries: QueryBus) {}

  execute(input: ListFamiliesInput, meta: CommandMeta) {
    return this.queries.execute(new ListFamiliesQuery(input, meta));
  }
}
