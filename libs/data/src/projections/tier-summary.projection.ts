import { Injectable } from '@nestjs/common';
import { AggregateStateProjection, ProjectionHandler } from '@custody/platform';
import { TIER_EVENT_TYPES, TierEvent } from '../aggregates/tier/tier.events';
import { evolveTier } from '../aggregates/tier/tier.evolve';
import { TierState, initialTierState } from '../aggregates/tier/tier.state';

export const TIER_SUMMARY = 'data_tier_summary';

/** One row per tier with its folded state; the lookup adapter reads `reachable`. */
@ProjectionHandler()
@Injectable()
export class TierSummaryProjection extends AggregateStateProjection<TierState, TierEvent> {
  readonly name = TIER_SUMMARY;
  readonly eventTypes = TIER_EVENT_TYPES;
  protected readonly table = 'data_tier_summary';
  protected readonly initialState = initialTierState;

  protected evolve(state: TierState, event: TierEvent): TierState {
    return evolveTier(state, event);
  }

  protected columns(state: TierState): Record<string, unknown> {
    return state.exists
      ? { name: state.name, access_protocol: state.accessProtocol, reachable: state.reachable }
      : { name: null, access_protocol: null, reachable: null };
  }
}
