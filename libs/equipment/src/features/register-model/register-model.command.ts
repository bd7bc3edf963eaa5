import { Command } from '@nestjs/cqrs';
import { CommandMeta } from '@custody/platform';
import { z } from 'zod';

export const manufacturerInput = z
  .strictObject({
    name: z.string().trim().min(1).max(300).describe('Full name of the manufacturer (or developer)'),
    identifier: z
      .string()
      .trim()
      .min(1)
      .max(500)
      .optional()
      .describe('A persistent identifier of the manufacturer, e.g. a ROR id; needs identifierType'),
    identifierType: z
      .string()
      .trim()
      .min(1)
      .max(50)
      .optional()
      .describe('The identifier’s scheme, e.g. "ROR"; needs identifier'),
  })
  .superRefine((value, ctx) => {
    if ((value.identifier === undefined) !== (value.identifierType === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [value.identifier === undefined ? 'identifier' : 'identifierType'],
        message: 'identifier and identifierType go together',
      });
    }
  });

export const registerModelInput = z.strictObject({
  familyId: z
    .guid()
    .transform((id) => id.toLowerCase())
    .describe('Family the model belongs to'),
  name: z.string().trim().min(1).max(300).describe('Model name, e.g. "Pilatus3 X 6M"'),
  manufacturer: manufacturerInput.describe('Who makes the model (needed for PIDINST records)'),
});
export type RegisterModelInput = z.output<typeof registerModelInput>;

export const registerModelOutput = z.object({ modelId: z.string().describe('The new model (UUID)') });

export class RegisterModelCommand extends Command<{ modelId: string }> {
  constructor(
    readonly input: RegisterModelInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
