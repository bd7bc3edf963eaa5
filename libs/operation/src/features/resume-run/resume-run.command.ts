import { Command } from '@nestjs/cqrs';
import { CommandMeta } from '@custody/platform';
import { z } from 'zod';
import { runTransitionResult } from '../../schemas/views.schema';

export const resumeRunInput = z.strictObject({
  runId: z.guid().describe('The run to resume (must be Held)'),
});
export type ResumeRunInput = z.output<typeof resumeRunInput>;

/** What the MCP tool answers (REST answers 204). */
export const resumeRunOutput = runTransitionResult;

export class ResumeRunCommand extends Command<void> {
  constructor(
    readonly input: ResumeRunInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
