import { Command } from '@nestjs/cqrs';
import { CommandMeta, textInput } from '@custody/platform';
import { z } from 'zod';

export const MAX_NEEDED_INPUT_KINDS = 64;

export const registerMethodInput = z.strictObject({
  name: textInput(200).describe('Human-readable name of the processing method, e.g. "tomographic reconstruction"'),
  neededInputKinds: z
    .array(textInput(100))
    .max(MAX_NEEDED_INPUT_KINDS)
    .optional()
    .describe('The kinds of input the method needs (a set: duplicates are dropped), at most 64'),
  parametersSchema: z
    .record(z.string(), z.unknown())
    .optional()
    .describe(
      'A JSON Schema (2020-12, or draft-07 when its $schema says so) every run’s parameters must satisfy; checked at registration',
    ),
});
export type RegisterMethodInput = z.output<typeof registerMethodInput>;

export const registerMethodOutput = z.object({ methodId: z.guid() });
export type RegisterMethodOutput = z.output<typeof registerMethodOutput>;

export class RegisterMethodCommand extends Command<RegisterMethodOutput> {
  constructor(
    readonly input: RegisterMethodInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
