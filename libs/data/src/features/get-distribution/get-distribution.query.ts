import { Query } from '@nestjs/cqrs';
import { CommandMeta } from '@custody/platform';
import { z } from 'zod';
import { DistributionView } from '../../aggregates/distribution/distribution.state';

export const getDistributionInput = z.strictObject({
  distributionId: z.guid().describe('The copy to read'),
});
export type GetDistributionInput = z.output<typeof getDistributionInput>;

export class GetDistributionQuery extends Query<DistributionView> {
  constructor(
    readonly input: GetDistributionInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
