import { Command } from '@nestjs/cqrs';
import { CommandMeta } from '@custody/platform';
import { z } from 'zod';
import { runTransitionResult } from '../../schemas/views.schema';

export const completeRunInput = z.strictObject({
  runId: z.guid().describe('The run to complete (must be Running)'),
});
export type CompleteRunInput = z.output<typeof completeRunInput>;

/** What the MCP tool answers (REST answers 204). */
export const completeRunOutput = runTransitionResult;

export class CompleteRunCommand extends Command<void> {
  constructor(
    readonly input: CompleteRunInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
