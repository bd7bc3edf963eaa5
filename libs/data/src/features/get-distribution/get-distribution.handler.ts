import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AggregateRepository, authorize } from '@custody/platform';
import { distributionNotFound } from '../../aggregates/distribution/distribution.errors';
import { evolveDistribution } from '../../aggregates/distribution/distribution.evolve';
import {
  DistributionView,
  initialDistributionState,
  toDistributionView,
} from '../../aggregates/distribution/distribution.state';
import { GetDistributionQuery } from './get-distribution.query';

/** Folds the stream: always current. */
@QueryHandler(GetDistributionQuery)
export class GetDistributionHandler implements IQueryHandler<GetDistributionQuery> {
  constructor(private readonly aggregates: AggregateRepository) {}

  async execute({ input, meta }: GetDistributionQuery): Promise<DistributionView> {
    authorize(meta, 'read');
    const { state } = await this.aggregates.load(
      { evolve: evolveDistribution, initialState: initialDistributionState },
      input.distributionId,
    );
    if (!state.exists) throw distributionNotFound(input.distributionId);
    return toDistributionView(state);
  }
}
