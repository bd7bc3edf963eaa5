import { Command } from '@nestjs/cqrs';
import { CommandMeta } from '@custody/platform';
import { z } from 'zod';
import { runTransitionResult } from '../../schemas/views.schema';

export const holdRunInput = z.strictObject({
  runId: z.guid().describe('The run to hold (must be Running)'),
});
export type HoldRunInput = z.output<typeof holdRunInput>;

/** What the MCP tool answers (REST answers 204). */
export const holdRunOutput = runTransitionResult;

export class HoldRunCommand extends Command<void> {
  constructor(
    readonly input: HoldRunInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
