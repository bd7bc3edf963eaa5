import { Query } from '@nestjs/cqrs';
import { CommandMeta } from '@custody/platform';
import { z } from 'zod';
import { AssemblyView } from '../../aggregates/assembly/assembly.state';
import { assemblyView } from '../../views/equipment.views';

export const getAssemblyInput = z.strictObject({
  assemblyId: z
    .guid()
    .transform((id) => id.toLowerCase())
    .describe('The assembly to read'),
});
export type GetAssemblyInput = z.output<typeof getAssemblyInput>;

export const getAssemblyOutput = assemblyView;

export class GetAssemblyQuery extends Query<AssemblyView> {
  constructor(
    readonly input: GetAssemblyInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
