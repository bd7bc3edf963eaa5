import { Command } from '@nestjs/cqrs';
import { CommandMeta } from '@custody/platform';
import { z } from 'zod';
import { MAX_ASSEMBLY_ASSETS } from './register-assembly.decider';

export const MAX_ASSEMBLY_SLOTS = 100;
export const MAX_SLOT_COUNT = 100;

const slotInput = z.strictObject({
  name: z.string().trim().min(1).max(100).describe('Slot name, unique within the assembly (ignoring case)'),
  familyId: z
    .guid()
    .transform((id) => id.toLowerCase())
    .describe('Family every asset bound to this slot must belong to'),
  count: z.number().int().min(1).max(MAX_SLOT_COUNT).describe('How many assets the slot takes (an integer ≥ 1)'),
});

export const registerAssemblyInput = z.strictObject({
  name: z.string().trim().min(1).max(300).describe('Assembly name, e.g. "SAXS end station"'),
  slots: z
    .array(slotInput)
    .min(1)
    .max(MAX_ASSEMBLY_SLOTS)
    .superRefine((slots, ctx) => {
      const seen = new Map<string, number>();
      slots.forEach((slot, index) => {
        const key = slot.name.toLowerCase();
        const first = seen.get(key);
        if (first === undefined) seen.set(key, index);
        else {
          ctx.addIssue({
            code: 'custom',
            path: [index, 'name'],
            message: `slot name "${slot.name}" is already used by slots.${first}`,
          });
        }
      });
      const total = slots.reduce((sum, slot) => sum + slot.count, 0);
      if (total > MAX_ASSEMBLY_ASSETS) {
        ctx.addIssue({
          code: 'custom',
          path: [],
          message: `the slots take ${total} assets in all; at most ${MAX_ASSEMBLY_ASSETS}`,
        });
      }
    })
    .describe(
      'The slots (1 to 100): each a name, the family of assets it takes and how many (1000 assets at most in all)',
    ),
});
export type RegisterAssemblyInput = z.output<typeof registerAssemblyInput>;

export const registerAssemblyOutput = z.object({ assemblyId: z.string().describe('The new assembly (UUID)') });

export class RegisterAssemblyCommand extends Command<{ assemblyId: string }> {
  constructor(
    readonly input: RegisterAssemblyInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
