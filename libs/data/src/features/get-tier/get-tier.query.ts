import { Query } from '@nestjs/cqrs';
import { CommandMeta } from '@custody/platform';
import { z } from 'zod';
import { TierView } from '../../aggregates/tier/tier.state';
import { tierView } from '../../views/data.views';

export const getTierInput = z.strictObject({
  tierId: z.guid().describe('The tier to read'),
});
export type GetTierInput = z.output<typeof getTierInput>;

export const getTierOutput = tierView;

export class GetTierQuery extends Query<TierView> {
  constructor(
    readonly input: GetTierInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
