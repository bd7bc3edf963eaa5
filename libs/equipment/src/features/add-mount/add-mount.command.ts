import { Command } from '@nestjs/cqrs';
import { CommandMeta } from '@custody/platform';
import { z } from 'zod';

export const SLOT_CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}$/;

export const addMountInput = z.strictObject({
  frameId: z
    .guid()
    .transform((id) => id.toLowerCase())
    .describe('The frame to add the mount to'),
  slotCode: z
    .string()
    .trim()
    .regex(SLOT_CODE_PATTERN, '1 to 64 letters, digits and . _ : / -, starting with a letter or digit')
    .describe(
      'Position code of the mount on the frame, e.g. "A1" or "rail-2/pos-3": 1 to 64 letters, digits and . _ : / -; unique on the frame regardless of case',
    ),
});
export type AddMountInput = z.output<typeof addMountInput>;

/** The body of POST /v1/frames/{id}/mounts (the frame comes from the path). */
export const addMountBody = addMountInput.omit({ frameId: true });
export type AddMountBody = z.output<typeof addMountBody>;

export const addMountOutput = z.object({ mountId: z.string().describe('The new mount (UUID)') });

export class AddMountCommand extends Command<{ mountId: string }> {
  constructor(
    readonly input: AddMountInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
