import fc from 'fast-check';
import { fold, given } from '@custody/kernel';
import { AssetEvent } from '../../aggregates/asset/asset.events';
import { activated, assetId, registered } from '../../aggregates/asset/asset.spec-kit';
import { activateAssetDecider } from './activate-asset.decider';

describe('activate asset', () => {
  it('activates a commissioned asset', () => {
    given(activateAssetDecider, [registered]).when({ assetId }, undefined).then([activated]);
  });

  it('refuses a second activation', () => {
    given(activateAssetDecider, [registered, activated]).when({ assetId }, undefined).thenFails('AssetCannotActivate');
  });

  it('refuses an unknown asset', () => {
    given(activateAssetDecider, []).when({ assetId }, undefined).thenFails('AssetNotFound');
  });

  it('whatever the number of attempts, an asset is activated exactly once', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), (attempts) => {
        let history: AssetEvent[] = [registered];
        let accepted = 0;
        for (let i = 0; i < attempts; i++) {
          const outcome = given(activateAssetDecider, history).when({ assetId }, undefined).outcome;
          if ('events' in outcome) {
            accepted += 1;
            history = [...history, ...outcome.events];
          }
        }
        const state = fold(activateAssetDecider.evolve, activateAssetDecider.initialState, history);
        return accepted === 1 && state.exists && state.lifecycle === 'Active';
      }),
    );
  });
});
