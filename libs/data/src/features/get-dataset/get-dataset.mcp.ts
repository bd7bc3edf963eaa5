import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { CommandMeta, McpTool, McpToolDefinition } from '@custody/platform';
import { GetDatasetInput, GetDatasetQuery, getDatasetInput, getDatasetOutput } from './get-dataset.query';

@McpTool()
@Injectable()
export class GetDatasetTool implements McpToolDefinition<typeof getDatasetInput> {
  readonly name = 'get_dataset';
  readonly title = 'Get dataset';
  readonly description =
    'Reads one dataset: title, checksum, byte size, intent, collecting instrument, status (Active or Discarded) and version. Fails with DatasetNotFound.';
  readonly input = getDatasetInput;
  readonly access = 'read' as const;
  readonly readOnly = true;
  readonly output = getDatasetOutput;

  constructor(private readonly queries: QueryBus) {}

  execute(input: GetDatasetInput, meta: CommandMeta) {
    return this.queries.execute(new GetDatasetQuery(input, meta));
  }
}
