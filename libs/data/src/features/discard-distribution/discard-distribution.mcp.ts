import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CommandMeta, McpTool, McpToolDefinition } from '@custody/platform';
import {
  DiscardDistributionCommand,
  DiscardDistributionInput,
  discardDistributionInput,
  discardDistributionOutput,
} from './discard-distribution.command';

@McpTool()
@Injectable()
export class DiscardDistributionTool implements McpToolDefinition<typeof discardDistributionInput> {
  readonly name = 'discard_distribution';
  readonly title = 'Discard distribution';
  readonly description =
    'Discards a copy of a dataset (final). Refused with DistributionCannotDiscardLastVerified when it is the only Verified copy of a dataset still kept; fails with DistributionNotFound for an unknown copy.';
  readonly input = discardDistributionInput;
  readonly access = 'command' as const;
  readonly readOnly = false;
  readonly output = discardDistributionOutput;
  readonly destructive = true;
  readonly idempotent = true;

  constructor(private readonly commands: CommandBus) {}

  async execute(input: DiscardDistributionInput, meta: CommandMeta) {
    await this.commands.execute(new DiscardDistributionCommand(input, meta));
    return { distributionId: input.distributionId, status: 'Discarded' };
  }
}
