import { Command } from '@nestjs/cqrs';
import { CommandMeta, textInput } from '@custody/platform';
import { z } from 'zod';
import { runTransitionResult } from '../../schemas/views.schema';

export const stopRunInput = z.strictObject({
  runId: z.guid().describe('The run to stop (must be Running or Held)'),
  reason: textInput(1000).describe('Why the run ends here'),
});
export type StopRunInput = z.output<typeof stopRunInput>;

/** The REST body (the run id is in the path). */
export const stopRunBody = stopRunInput.omit({ runId: true });
export type StopRunBody = z.output<typeof stopRunBody>;

/** What the MCP tool answers (REST answers 204). */
export const stopRunOutput = runTransitionResult;

export class StopRunCommand extends Command<void> {
  constructor(
    readonly input: StopRunInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
