import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { CommandMeta, McpTool, McpToolDefinition } from '@custody/platform';
import { ListRunsInput, ListRunsQuery, listRunsInput, listRunsOutput } from './list-runs.query';

@McpTool()
@Injectable()
export class ListRunsTool implements McpToolDefinition<typeof listRunsInput> {
  readonly name = 'list_runs';
  readonly title = 'List runs';
  readonly description =
    'Lists runs in start order, optionally only those in one state, of one method, or that read one dataset, a page at a time: { items, nextCursor }.';
  readonly input = listRunsInput;
  readonly output = listRunsOutput;
  readonly access = 'read' as const;
  readonly readOnly = true;

  constructor(private readonly queries: QueryBus) {}

  execute(input: ListRunsInput, meta: CommandMeta) {
    return this.queries.execute(new ListRunsQuery(input, meta));
  }
}
