import { Command } from '@nestjs/cqrs';
import { CommandMeta } from '@custody/platform';
import { z } from 'zod';

export const discardDistributionInput = z.strictObject({
  distributionId: z.guid().describe('The copy to discard (never the dataset’s only Verified copy)'),
});
export type DiscardDistributionInput = z.output<typeof discardDistributionInput>;

/** What the MCP tool answers (the REST route answers 204). */
export const discardDistributionOutput = z.object({ distributionId: z.string(), status: z.literal('Discarded') });

export class DiscardDistributionCommand extends Command<void> {
  constructor(
    readonly input: DiscardDistributionInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
