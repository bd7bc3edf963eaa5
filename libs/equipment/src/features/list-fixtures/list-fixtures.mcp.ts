import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { CommandMeta, McpTool, McpToolDefinition } from '@custody/platform';
import { ListFixturesInput, ListFixturesQuery, listFixturesInput, listFixturesOutput } from './list-fixtures.query';

@McpTool()
@Injectable()
export class ListFixturesTool implements McpToolDefinition<typeof listFixturesInput> {
  readonly name = 'list_fixtures';
  readonly title = 'List fixtures';
  readonly description =
    'Lists fixtures (oldest first), optionally only those of one assembly or binding one asset, a page at a time: { items, nextCursor }.';
  readonly input = listFixturesInput;
  readonly access = 'read' as const;
  readonly readOnly = true;
  readonly output = listFixturesOutput;

  constructor(private readonly queries: QueryBus) {}

  execute(input: ListFixturesInput, meta: CommandMeta) {
    return this.queries.execute(new ListFixturesQuery(input, meta));
  }
}
