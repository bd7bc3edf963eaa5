import fc from 'fast-check';
import { fold, given } from '@custody/kernel';
import { activated, assetId, begun, decommissioned, ended, registered } from '../../aggregates/asset/asset.spec-kit';
import { beginAssetMaintenanceDecider } from './begin-asset-maintenance.decider';

describe('begin asset maintenance', () => {
  it('takes an Active asset into maintenance', () => {
    given(beginAssetMaintenanceDecider, [registered, activated]).when({ assetId }, undefined).then([begun]);
  });

  it('takes an asset into maintenance again after its last maintenance ended', () => {
    given(beginAssetMaintenanceDecider, [registered, activated, begun, ended])
      .when({ assetId }, undefined)
      .then([begun]);
  });

  it('refuses a Commissioned, a Maintenance and a Decommissioned asset', () => {
    for (const history of [[registered], [registered, activated, begun], [registered, decommissioned]]) {
      given(beginAssetMaintenanceDecider, history)
        .when({ assetId }, undefined)
        .thenFails('AssetCannotBeginMaintenance');
    }
  });

  it('refuses an unknown asset', () => {
    given(beginAssetMaintenanceDecider, []).when({ assetId }, undefined).thenFails('AssetNotFound');
  });

  it('accepts exactly when the asset is Active, and then it is in Maintenance', () => {
    const lifecycleEvent = fc.constantFrom(activated, begun, ended, decommissioned);
    fc.assert(
      fc.property(fc.array(lifecycleEvent, { maxLength: 12 }), (tail) => {
        const history = [registered, ...tail];
        const before = fold(beginAssetMaintenanceDecider.evolve, beginAssetMaintenanceDecider.initialState, history);
        const { outcome } = given(beginAssetMaintenanceDecider, history).when({ assetId }, undefined);
        if (!before.exists) return false;
        if (before.lifecycle !== 'Active')
          return 'error' in outcome && outcome.error.code === 'AssetCannotBeginMaintenance';
        if (!('events' in outcome)) return false;
        const after = fold(beginAssetMaintenanceDecider.evolve, before, outcome.events);
        return after.exists && after.lifecycle === 'Maintenance';
      }),
    );
  });
});
