import fc from 'fast-check';
import { fold, given } from '@custody/kernel';
import { AssetEvent } from '../../aggregates/asset/asset.events';
import { activateAssetDecider } from './activate-asset.decider';

const assetId = '0190a000-0000-7000-8000-0000000000a1';
const registered: AssetEvent = {
  type: 'AssetRegistered',
  data: {
    assetId,
    name: 'Pilatus 6M',
    familyId: '0190a000-0000-7000-8000-0000000000f1',
    modelId: null,
    serialNumber: null,
    owner: null,
    registeredAt: '2026-01-01T00:00:00.000Z',
  },
};
const activated: AssetEvent = { type: 'AssetActivated', data: { assetId, at: '2026-01-01T00:00:00.000Z' } };

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
