import { Decider, conflict, invalid } from '@custody/kernel';
import { TierEvent } from '../../aggregates/tier/tier.events';
import { evolveTier } from '../../aggregates/tier/tier.evolve';
import { TierState, initialTierState } from '../../aggregates/tier/tier.state';
import { AccessProtocol, normaliseRootUri } from '../../aggregates/tier/tier-uri';

export interface RegisterTier {
  readonly tierId: string;
  readonly name: string;
  readonly accessProtocol: AccessProtocol;
  readonly rootUri: string;
  readonly reachable: boolean;
}

/** A new tier, its root kept in canonical form so every copy's URI can be checked against it. */
export const registerTierDecider: Decider<TierState, RegisterTier, TierEvent> = {
  initialState: initialTierState,
  evolve: evolveTier,
  decide(state, command, _context, { now }) {
    if (state.exists) throw conflict('TierAlreadyRegistered', `Tier ${command.tierId} is already registered.`);
    const root = normaliseRootUri(command.accessProtocol, command.rootUri);
    if (!root.ok) {
      throw invalid('ValidationFailed', `rootUri: ${root.reason}`, [{ path: 'rootUri', message: root.reason }]);
    }
    return [
      {
        type: 'TierRegistered',
        data: {
          tierId: command.tierId,
          name: command.name,
          accessProtocol: command.accessProtocol,
          rootUri: root.value,
          reachable: command.reachable,
          registeredAt: now,
        },
      },
    ];
  },
};
