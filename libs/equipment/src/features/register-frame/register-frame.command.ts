import { Command } from '@nestjs/cqrs';
import { CommandMeta } from '@custody/platform';
import { z } from 'zod';

export const registerFrameInput = z.strictObject({
  name: z.string().trim().min(1).max(200).describe('Frame name, e.g. "BL7 detector table"'),
});
export type RegisterFrameInput = z.output<typeof registerFrameInput>;

export const registerFrameOutput = z.object({ frameId: z.string().describe('The new frame (UUID)') });

export class RegisterFrameCommand extends Command<{ frameId: string }> {
  constructor(
    readonly input: RegisterFrameInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
