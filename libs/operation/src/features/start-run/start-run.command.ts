import { Command } from '@nestjs/cqrs';
import { CommandMeta } from '@custody/platform';
import { z } from 'zod';

export const MAX_RUN_INPUTS = 64;

export const startRunInput = z.strictObject({
  methodId: z.guid().describe('The method this run executes'),
  inputDatasetIds: z
    .array(z.guid())
    .max(MAX_RUN_INPUTS)
    .optional()
    .describe(
      'The datasets the run reads (at most 64; duplicates are dropped). Each needs a Verified copy on a reachable tier',
    ),
  parameters: z
    .record(z.string(), z.unknown())
    .optional()
    .describe('The run’s parameters, validated against the method’s parametersSchema (default {})'),
});
export type StartRunInput = z.output<typeof startRunInput>;

export const startRunOutput = z.object({ runId: z.guid(), state: z.literal('Running') });
export type StartRunOutput = z.output<typeof startRunOutput>;

export class StartRunCommand extends Command<StartRunOutput> {
  constructor(
    readonly input: StartRunInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
