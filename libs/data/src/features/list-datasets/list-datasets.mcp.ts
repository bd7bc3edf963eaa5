import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { CommandMeta, McpTool, McpToolDefinition } from '@custody/platform';
import { ListDatasetsInput, ListDatasetsQuery, listDatasetsInput, listDatasetsOutput } from './list-datasets.query';

@McpTool()
@Injectable()
export class ListDatasetsTool implements McpToolDefinition<typeof listDatasetsInput> {
  readonly name = 'list_datasets';
  readonly title = 'List datasets';
  readonly description =
    'Lists the dataset catalogue in registration order, a page at a time: { items, nextCursor }; pass nextCursor back as cursor for the next page.';
  readonly input = listDatasetsInput;
  readonly access = 'read' as const;
  readonly readOnly = true;
  readonly output = listDatasetsOutput;

  constructor(private readonly queries: QueryBus) {}

  execute(input: ListDatasetsInput, meta: CommandMeta) {
    return this.queries.execute(new ListDatasetsQuery(input, meta));
  }
}
