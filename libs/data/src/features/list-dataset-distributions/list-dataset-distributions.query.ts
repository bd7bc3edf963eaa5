import { Query } from '@nestjs/cqrs';
import { Page } from '@custody/kernel';
import { CommandMeta, pageQueryShape, pageOf } from '@custody/platform';
import { z } from 'zod';
import {
  DISTRIBUTION_STATUSES,
  DistributionStatus,
  DistributionView,
} from '../../aggregates/distribution/distribution.state';
import { distributionView } from '../../views/data.views';

export const listDatasetDistributionsQueryString = z.strictObject({
  status: z
    .enum(DISTRIBUTION_STATUSES as [DistributionStatus, ...DistributionStatus[]])
    .optional()
    .describe('Only copies in this status'),
  ...pageQueryShape,
});

export const listDatasetDistributionsInput = listDatasetDistributionsQueryString.extend({
  datasetId: z.guid().describe('The dataset whose copies to list'),
});
export type ListDatasetDistributionsInput = z.output<typeof listDatasetDistributionsInput>;

export const listDatasetDistributionsOutput = pageOf(distributionView);

export class ListDatasetDistributionsQuery extends Query<Page<DistributionView>> {
  constructor(
    readonly input: ListDatasetDistributionsInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
