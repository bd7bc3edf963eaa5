import fc from 'fast-check';
import { fold, given } from '@custody/kernel';
import { TierEvent } from '../../aggregates/tier/tier.events';
import { updateTierReachabilityDecider } from './update-tier-reachability.decider';

const tierId = '0190a000-0000-7000-8000-0000000000d1';
const registered: TierEvent = {
  type: 'TierRegistered',
  data: {
    tierId,
    name: 'archive',
    accessProtocol: 'file',
    rootUri: 'file:///archive',
    reachable: true,
    registeredAt: '2026-01-01T00:00:00.000Z',
  },
};
const at = '2026-01-01T00:00:00.000Z';

describe('update tier reachability', () => {
  it('records a change', () => {
    given(updateTierReachabilityDecider, [registered])
      .when({ tierId, reachable: false }, undefined)
      .then([{ type: 'TierReachabilityChanged', data: { tierId, reachable: false, at } }]);
  });

  it('records nothing when the value is unchanged', () => {
    given(updateTierReachabilityDecider, [registered]).when({ tierId, reachable: true }, undefined).then([]);
  });

  it('refuses an unknown tier', () => {
    given(updateTierReachabilityDecider, []).when({ tierId, reachable: true }, undefined).thenFails('TierNotFound');
  });

  it('after any sequence of updates the tier is as reachable as the last update said', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 30 }), (values) => {
        let history: TierEvent[] = [registered];
        for (const reachable of values) {
          const outcome = given(updateTierReachabilityDecider, history).when({ tierId, reachable }, undefined).outcome;
          if (!('events' in outcome)) return false;
          history = [...history, ...outcome.events];
        }
        const state = fold(updateTierReachabilityDecider.evolve, updateTierReachabilityDecider.initialState, history);
        // Only changes are recorded: consecutive events never repeat a value.
        const changes = history.slice(1).map((e) => (e.type === 'TierReachabilityChanged' ? e.data.reachable : null));
        const noRepeats = changes.every((v, i) => v !== (i === 0 ? true : changes[i - 1]));
        return state.exists && state.reachable === values[values.length - 1] && noRepeats;
      }),
    );
  });
});
