import { Query } from '@nestjs/cqrs';
import { CommandMeta, pageQueryShape } from '@custody/platform';
import { Page } from '@custody/kernel';
import { z } from 'zod';
import { FamilyView } from '../../aggregates/family/family.state';

export const listFamiliesInput = z.strictObject({
  ...pageQueryShape,
});
export type ListFamiliesInput = z.output<typeof listFamiliesInput>;

export class ListFamiliesQuery extends Query<Page<FamilyView>> {
  constructor(
    readonly input: ListFamiliesInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
