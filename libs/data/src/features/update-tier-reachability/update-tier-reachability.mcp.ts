import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CommandMeta, McpTool, McpToolDefinition } from '@custody/platform';
import {
  UpdateTierReachabilityCommand,
  UpdateTierReachabilityInput,
  updateTierReachabilityInput,
  updateTierReachabilityOutput,
} from './update-tier-reachability.command';

@McpTool()
@Injectable()
export class UpdateTierReachabilityTool implements McpToolDefinition<typeof updateTierReachabilityInput> {
  readonly name = 'update_tier_reachability';
  readonly title = 'Update tier reachability';
  readonly description =
    'Marks a storage tier reachable or unreachable from the server; copies on an unreachable tier attest Unreachable and processing will not count them as reachable. Fails with TierNotFound.';
  readonly input = updateTierReachabilityInput;
  readonly access = 'admin' as const;
  readonly readOnly = false;
  readonly output = updateTierReachabilityOutput;
  readonly idempotent = true;

  constructor(private readonly commands: CommandBus) {}

  async execute(input: UpdateTierReachabilityInput, meta: CommandMeta) {
    await this.commands.execute(new UpdateTierReachabilityCommand(input, meta));
    return { tierId: input.tierId, reachable: input.reachable };
  }
}
