import { Command } from '@nestjs/cqrs';
import { CommandMeta } from '@custody/platform';
import { z } from 'zod';

export const registerFamilyInput = z.strictObject({
  name: z.string().trim().min(1).max(200).describe('Family name, e.g. "Area detectors"'),
});
export type RegisterFamilyInput = z.output<typeof registerFamilyInput>;

export const registerFamilyOutput = z.object({ familyId: z.string().describe('The new family (UUID)') });

export class RegisterFamilyCommand extends Command<{ familyId: string }> {
  constructor(
    readonly input: RegisterFamilyInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
