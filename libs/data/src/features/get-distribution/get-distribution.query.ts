import { Query } from '@nestjs/cqrs';
import { CommandMeta } from '@custody/platform';
import { z } from 'zod';
import { DistributionView } from '../../aggregates/distribution/distribution.state';
import { distributionView } from '../../views/data.views';

export const getDistributionInput = z.strictObject({
  distributionId: z.guid().describe('The copy to read'),
});
export type GetDistributionInput = z.output<typeof getDistributionInput>;

export const getDistributionOutput = distributionView;

export class GetDistributionQuery extends Query<DistributionView> {
  constructor(
    readonly input: GetDistributionInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
