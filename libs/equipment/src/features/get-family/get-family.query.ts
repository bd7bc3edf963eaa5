import { Query } from '@nestjs/cqrs';
import { CommandMeta } from '@custody/platform';
import { z } from 'zod';
import { FamilyView } from '../../aggregates/family/family.state';
import { familyView } from '../../views/equipment.views';

export const getFamilyInput = z.strictObject({
  familyId: z
    .guid()
    .transform((id) => id.toLowerCase())
    .describe('The family to read'),
});
export type GetFamilyInput = z.output<typeof getFamilyInput>;

export const getFamilyOutput = familyView;

export class GetFamilyQuery extends Query<FamilyView> {
  constructor(
    readonly input: GetFamilyInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
