import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { CommandMeta, McpTool, McpToolDefinition } from '@custody/platform';
import {
  ListDatasetDistributionsInput,
  ListDatasetDistributionsQuery,
  listDatasetDistributionsInput,
  listDatasetDistributionsOutput,
} from './list-dataset-distributions.query';

@McpTool()
@Injectable()
export class ListDatasetDistributionsTool implements McpToolDefinition<typeof listDatasetDistributionsInput> {
  readonly name = 'list_dataset_distributions';
  readonly title = 'List dataset distributions';
  readonly description =
    'Lists the copies (distributions) of one dataset with their tier, uri, status and last attestation, optionally only one status, a page at a time: { items, nextCursor }. Fails with DatasetNotFound.';
  readonly input = listDatasetDistributionsInput;
  readonly access = 'read' as const;
  readonly readOnly = true;
  readonly output = listDatasetDistributionsOutput;

  constructor(private readonly queries: QueryBus) {}

  execute(input: ListDatasetDistributionsInput, meta: CommandMeta) {
    return this.queries.execute(new ListDatasetDistributionsQuery(input, meta));
  }
}
