import { Command } from '@nestjs/cqrs';
import { CommandMeta, textInput } from '@custody/platform';
import { z } from 'zod';

export const markDistributionStaleBody = z.strictObject({
  reason: textInput(2000).describe('Why the copy can no longer be trusted, e.g. "disk replaced"'),
});

export const markDistributionStaleInput = markDistributionStaleBody.extend({
  distributionId: z.guid().describe('The copy to mark Stale'),
});
export type MarkDistributionStaleInput = z.output<typeof markDistributionStaleInput>;

/** What the MCP tool answers (the REST route answers 204). */
export const markDistributionStaleOutput = z.object({ distributionId: z.string(), status: z.literal('Stale') });

export class MarkDistributionStaleCommand extends Command<void> {
  constructor(
    readonly input: MarkDistributionStaleInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
