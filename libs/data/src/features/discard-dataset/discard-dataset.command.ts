import { Command } from '@nestjs/cqrs';
import { CommandMeta } from '@custody/platform';
import { z } from 'zod';

export const discardDatasetInput = z.strictObject({
  datasetId: z.guid().describe('The dataset to discard (must not be discarded already)'),
});
export type DiscardDatasetInput = z.output<typeof discardDatasetInput>;

/** What the MCP tool answers (the REST route answers 204). */
export const discardDatasetOutput = z.object({ datasetId: z.string(), status: z.literal('Discarded') });

export class DiscardDatasetCommand extends Command<void> {
  constructor(
    readonly input: DiscardDatasetInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
