import { Query } from '@nestjs/cqrs';
import { Page } from '@custody/kernel';
import { CommandMeta, pageQueryShape, pageOf } from '@custody/platform';
import { z } from 'zod';
import { AssemblyView } from '../../aggregates/assembly/assembly.state';
import { assemblyView } from '../../views/equipment.views';

export const listAssembliesInput = z.strictObject({
  deprecated: z
    .union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')])
    .optional()
    .describe('Only deprecated ("true") or only usable ("false") assemblies'),
  ...pageQueryShape,
});
export type ListAssembliesInput = z.output<typeof listAssembliesInput>;

export const listAssembliesOutput = pageOf(assemblyView);

export class ListAssembliesQuery extends Query<Page<AssemblyView>> {
  constructor(
    readonly input: ListAssembliesInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
