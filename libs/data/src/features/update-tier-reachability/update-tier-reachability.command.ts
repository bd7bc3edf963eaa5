import { Command } from '@nestjs/cqrs';
import { CommandMeta } from '@custody/platform';
import { z } from 'zod';

export const updateTierReachabilityBody = z.strictObject({
  reachable: z
    .boolean()
    .describe('Whether the server can reach the tier now; copies on an unreachable tier attest Unreachable'),
});

export const updateTierReachabilityInput = updateTierReachabilityBody.extend({
  tierId: z.guid().describe('The tier to update'),
});
export type UpdateTierReachabilityInput = z.output<typeof updateTierReachabilityInput>;

/** What the MCP tool answers (the REST route answers 204). */
export const updateTierReachabilityOutput = z.object({ tierId: z.string(), reachable: z.boolean() });

export class UpdateTierReachabilityCommand extends Command<void> {
  constructor(
    readonly input: UpdateTierReachabilityInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
