import { Query } from '@nestjs/cqrs';
import { CommandMeta, pageQueryShape, pageOf } from '@custody/platform';
import { Page } from '@custody/kernel';
import { z } from 'zod';
import { FamilyView } from '../../aggregates/family/family.state';
import { familyView } from '../../views/equipment.views';

export const listFamiliesInput = z.strictObject({
  ...pageQueryShape,
});
export type ListFamiliesInput = z.output<typeof listFamiliesInput>;

export const listFamiliesOutput = pageOf(familyView);

export class ListFamiliesQuery extends Query<Page<FamilyView>> {
  constructor(
    readonly input: ListFamiliesInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
