import fc from 'fast-check';
import { fold, given } from '@custody/kernel';
import { activated, assetId, begun, decommissioned, ended, registered } from '../../aggregates/asset/asset.spec-kit';
import { endAssetMaintenanceDecider } from './end-asset-maintenance.decider';

describe('end asset maintenance', () => {
  it('brings an asset in Maintenance back to Active', () => {
    given(endAssetMaintenanceDecider, [registered, activated, begun]).when({ assetId }, undefined).then([ended]);
  });

  it('refuses a Commissioned, an Active and a Decommissioned asset', () => {
    for (const history of [
      [registered],
      [registered, activated],
      [registered, activated, begun, ended],
      [registered, decommissioned],
    ]) {
      given(endAssetMaintenanceDecider, history).when({ assetId }, undefined).thenFails('AssetCannotEndMaintenance');
    }
  });

  it('refuses an unknown asset', () => {
    given(endAssetMaintenanceDecider, []).when({ assetId }, undefined).thenFails('AssetNotFound');
  });

  it('accepts exactly when the asset is in Maintenance, and then it is Active', () => {
    const lifecycleEvent = fc.constantFrom(activated, begun, ended, decommissioned);
    fc.assert(
      fc.property(fc.array(lifecycleEvent, { maxLength: 12 }), (tail) => {
        const history = [registered, ...tail];
        const before = fold(endAssetMaintenanceDecider.evolve, endAssetMaintenanceDecider.initialState, history);
        const { outcome } = given(endAssetMaintenanceDecider, history).when({ assetId }, undefined);
        if (!before.exists) return false;
        if (before.lifecycle !== 'Maintenance')
          return 'error' in outcome && outcome.error.code === 'AssetCannotEndMaintenance';
        if (!('events' in outcome)) return false;
        const after = fold(endAssetMaintenanceDecider.evolve, before, outcome.events);
        return after.exists && after.lifecycle === 'Active';
      }),
    );
  });
});
