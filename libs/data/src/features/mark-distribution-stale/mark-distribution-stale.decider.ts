import { Decider } from '@custody/kernel';
import { distributionDiscarded, distributionNotFound } from '../../aggregates/distribution/distribution.errors';
import { DistributionEvent } from '../../aggregates/distribution/distribution.events';
import { evolveDistribution } from '../../aggregates/distribution/distribution.evolve';
import { DistributionState, initialDistributionState } from '../../aggregates/distribution/distribution.state';

export interface MarkDistributionStale {
  readonly distributionId: string;
  readonly reason: string;
}

/**
 * Someone knows the copy is no longer good: Registered or Verified → Stale (even the last Verified copy: this
 * states a fact, it deletes nothing). A Stale copy stays as it is; a discarded one is refused.
 */
export const markDistributionStaleDecider: Decider<DistributionState, MarkDistributionStale, DistributionEvent> = {
  initialState: initialDistributionState,
  evolve: evolveDistribution,
  decide(state, command, _context, { now }) {
    if (!state.exists) throw distributionNotFound(command.distributionId);
    if (state.status === 'Discarded') throw distributionDiscarded(command.distributionId);
    if (state.status === 'Stale') return [];
    return [
      {
        type: 'DistributionMarkedStale',
        data: { distributionId: command.distributionId, reason: command.reason, at: now },
      },
    ];
  },
};
