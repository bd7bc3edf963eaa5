import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { CommandMeta, McpTool, McpToolDefinition } from '@custody/platform';
import {
  GetAcquisitionInput,
  GetAcquisitionQuery,
  getAcquisitionInput,
  getAcquisitionOutput,
} from './get-acquisition.query';

@McpTool()
@Injectable()
export class GetAcquisitionTool implements McpToolDefinition<typeof getAcquisitionInput> {
  readonly name = 'get_acquisition';
  readonly title = 'Get acquisition';
  readonly description =
    'Reads one acquisition: state, history (state, at, host and extras), dataset, staging copy, materialization and any error that stopped it. Fails with AcquisitionNotFound.';
  readonly input = getAcquisitionInput;
  readonly output = getAcquisitionOutput;
  readonly access = 'read' as const;
  readonly readOnly = true;
  readonly idempotent = true;

  constructor(private readonly queries: QueryBus) {}

  execute(input: GetAcquisitionInput, meta: CommandMeta) {
    return this.queries.execute(new GetAcquisitionQuery(input, meta));
  }
}
