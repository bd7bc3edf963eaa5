import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CommandMeta, McpTool, McpToolDefinition } from '@custody/platform';
import {
  MarkDistributionStaleCommand,
  MarkDistributionStaleInput,
  markDistributionStaleInput,
  markDistributionStaleOutput,
} from './mark-distribution-stale.command';

@McpTool()
@Injectable()
export class MarkDistributionStaleTool implements McpToolDefinition<typeof markDistributionStaleInput> {
  readonly name = 'mark_distribution_stale';
  readonly title = 'Mark distribution stale';
  readonly description =
    'Marks a copy of a dataset Stale (no longer trusted) with a reason; a later Match attestation verifies it again. Fails with DistributionNotFound or DistributionDiscarded.';
  readonly input = markDistributionStaleInput;
  readonly access = 'command' as const;
  readonly readOnly = false;
  readonly output = markDistributionStaleOutput;
  readonly idempotent = true;

  constructor(private readonly commands: CommandBus) {}

  async execute(input: MarkDistributionStaleInput, meta: CommandMeta) {
    await this.commands.execute(new MarkDistributionStaleCommand(input, meta));
    return { distributionId: input.distributionId, status: 'Stale' };
  }
}
