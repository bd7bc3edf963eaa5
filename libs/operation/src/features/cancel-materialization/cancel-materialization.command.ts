import { Command } from '@nestjs/cqrs';
import { CommandMeta } from '@custody/platform';
import { z } from 'zod';

export const cancelMaterializationInput = z.strictObject({
  materializationId: z.guid().describe('The materialization to cancel'),
});
export type CancelMaterializationInput = z.output<typeof cancelMaterializationInput>;

export const cancelMaterializationOutput = z.object({
  materializationId: z.guid(),
  state: z.enum(['Pending', 'Transferring', 'Verifying', 'Verified', 'Failed', 'Cancelled']),
  cancelRequested: z.boolean(),
});
export type CancelMaterializationOutput = z.output<typeof cancelMaterializationOutput>;

export class CancelMaterializationCommand extends Command<CancelMaterializationOutput> {
  constructor(
    readonly input: CancelMaterializationInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
