import { Query } from '@nestjs/cqrs';
import { Page } from '@custody/kernel';
import { CommandMeta, pageQueryShape, pageOf } from '@custody/platform';
import { z } from 'zod';
import { TierView } from '../../aggregates/tier/tier.state';
import { tierView } from '../../views/data.views';

export const listTiersInput = z.strictObject({ ...pageQueryShape });
export type ListTiersInput = z.output<typeof listTiersInput>;

export const listTiersOutput = pageOf(tierView);

export class ListTiersQuery extends Query<Page<TierView>> {
  constructor(
    readonly input: ListTiersInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
