import { Decider } from '@custody/kernel';
import { tierNotFound } from '../../aggregates/tier/tier.errors';
import { TierEvent } from '../../aggregates/tier/tier.events';
import { evolveTier } from '../../aggregates/tier/tier.evolve';
import { TierState, initialTierState } from '../../aggregates/tier/tier.state';

export interface UpdateTierReachability {
  readonly tierId: string;
  readonly reachable: boolean;
}

/** Records a change of reachability; setting the value the tier already has records nothing. */
export const updateTierReachabilityDecider: Decider<TierState, UpdateTierReachability, TierEvent> = {
  initialState: initialTierState,
  evolve: evolveTier,
  decide(state, command, _context, { now }) {
    if (!state.exists) throw tierNotFound(command.tierId);
    if (state.reachable === command.reachable) return [];
    return [
      { type: 'TierReachabilityChanged', data: { tierId: command.tierId, reachable: command.reachable, at: now } },
    ];
  },
};
