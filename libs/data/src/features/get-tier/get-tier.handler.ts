import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AggregateRepository, authorize } from '@custody/platform';
import { tierNotFound } from '../../aggregates/tier/tier.errors';
import { evolveTier } from '../../aggregates/tier/tier.evolve';
import { TierView, initialTierState, toTierView } from '../../aggregates/tier/tier.state';
import { GetTierQuery } from './get-tier.query';

/** Folds the stream: always current. */
@QueryHandler(GetTierQuery)
export class GetTierHandler implements IQueryHandler<GetTierQuery> {
  constructor(private readonly aggregates: AggregateRepository) {}

  async execute({ input, meta }: GetTierQuery): Promise<TierView> {
    authorize(meta, 'read');
    const { state, version } = await this.aggregates.load(
      { evolve: evolveTier, initialState: initialTierState },
      input.tierId,
    );
    if (!state.exists) throw tierNotFound(input.tierId);
    return toTierView(state, version);
  }
}
