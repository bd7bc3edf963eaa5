import { Command } from '@nestjs/cqrs';
import { CommandMeta } from '@custody/platform';
import { z } from 'zod';

export const deprecateAssemblyInput = z.strictObject({
  assemblyId: z
    .guid()
    .transform((id) => id.toLowerCase())
    .describe('The assembly to deprecate (no new fixtures from it; existing fixtures stay)'),
});
export type DeprecateAssemblyInput = z.output<typeof deprecateAssemblyInput>;

/** What the MCP tool answers (the REST route answers 204). */
export const deprecateAssemblyOutput = z.object({ assemblyId: z.string(), deprecated: z.literal(true) });

export class DeprecateAssemblyCommand extends Command<void> {
  constructor(
    readonly input: DeprecateAssemblyInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
