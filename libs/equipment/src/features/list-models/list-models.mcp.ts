import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { CommandMeta, McpTool, McpToolDefinition } from '@custody/platform';
import { ListModelsInput, ListModelsQuery, listModelsInput, listModelsOutput } from './list-models.query';

@McpTool()
@Injectable()
export class ListModelsTool implements McpToolDefinition<typeof listModelsInput> {
  readonly name = 'list_models';
  readonly title = 'List models';
  readonly description =
    'Lists instrument models in registration order, optionally only those of one family, a page at a time: { items, nextCursor }. Fails with InvalidCursor.';
  readonly input = listModelsInput;
  readonly access = 'read' as const;
  readonly readOnly = true;
  readonly output = listModelsOutput;

  constructor(private readonly queries: QueryBus) {}

  execute(input: ListModelsInput, meta: CommandMeta) {
    return this.queries.execute(new ListModelsQuery(input, meta));
  }
}
