import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { CommandMeta, McpTool, McpToolDefinition } from '@custody/platform';
import { GetTierInput, GetTierQuery, getTierInput, getTierOutput } from './get-tier.query';

@McpTool()
@Injectable()
export class GetTierTool implements McpToolDefinition<typeof getTierInput> {
  readonly name = 'get_tier';
  readonly title = 'Get tier';
  readonly description =
    'Reads one storage tier: name, access protocol, canonical root URI, whether it is reachable, and version. Fails with TierNotFound.';
  readonly input = getTierInput;
  readonly access = 'read' as const;
  readonly readOnly = true;
  readonly output = getTierOutput;

  constructor(private readonly queries: QueryBus) {}

  execute(input: GetTierInput, meta: CommandMeta) {
    return this.queries.execute(new GetTierQuery(input, meta));
  }
}
