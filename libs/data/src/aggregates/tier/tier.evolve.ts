import { TierEvent } from './tier.events';
import { TierState } from './tier.state';

export function evolveTier(state: TierState, event: TierEvent): TierState {
  if (event.type === 'TierRegistered') {
    return {
      exists: true,
      tierId: event.data.tierId,
      name: event.data.name,
      accessProtocol: event.data.accessProtocol,
      rootUri: event.data.rootUri,
      reachable: event.data.reachable,
      registeredAt: event.data.registeredAt,
    };
  }
  if (!state.exists) return state;
  switch (event.type) {
    case 'TierReachabilityChanged':
      return { ...state, reachable: event.data.reachable };
    default:
      return state;
  }
}
