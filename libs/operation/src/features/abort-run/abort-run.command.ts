import { Command } from '@nestjs/cqrs';
import { CommandMeta, textInput } from '@custody/platform';
import { z } from 'zod';
import { runTransitionResult } from '../../schemas/views.schema';

export const abortRunInput = z.strictObject({
  runId: z.guid().describe('The run to abort (must be Running or Held)'),
  reason: textInput(1000).describe('Why the run ends here'),
});
export type AbortRunInput = z.output<typeof abortRunInput>;

/** The REST body (the run id is in the path). */
export const abortRunBody = abortRunInput.omit({ runId: true });
export type AbortRunBody = z.output<typeof abortRunBody>;

/** What the MCP tool answers (REST answers 204). */
export const abortRunOutput = runTransitionResult;

export class AbortRunCommand extends Command<void> {
  constructor(
    readonly input: AbortRunInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
