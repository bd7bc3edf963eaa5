import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { CommandMeta, McpTool, McpToolDefinition } from '@custody/platform';
import {
  GetDistributionInput,
  GetDistributionQuery,
  getDistributionInput,
  getDistributionOutput,
} from './get-distribution.query';

@McpTool()
@Injectable()
export class GetDistributionTool implements McpToolDefinition<typeof getDistributionInput> {
  readonly name = 'get_distribution';
  readonly title = 'Get distribution';
  readonly description =
    'Reads one copy of a dataset: dataset, tier, uri, checksum, byte size, status (Registered, Verified, Stale, Discarded) and its last attestation. Fails with DistributionNotFound.';
  readonly input = getDistributionInput;
  readonly access = 'read' as const;
  readonly readOnly = true;
  readonly output = getDistributionOutput;

  constructor(private readonly queries: QueryBus) {}

  execute(input: GetDistributionInput, meta: CommandMeta) {
    return this.queries.execute(new GetDistributionQuery(input, meta));
  }
}
