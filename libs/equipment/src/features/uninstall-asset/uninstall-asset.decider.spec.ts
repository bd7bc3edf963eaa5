import fc from 'fast-check';
import { fold, given } from '@custody/kernel';
import { AssetEvent } from '../../aggregates/asset/asset.events';
import { MountingEvent } from '../../aggregates/mount/mounting';
import { uninstallAssetDecider } from './uninstall-asset.decider';

const at = '2026-01-01T00:00:00.000Z';
const mountId = '0190a000-0000-7000-8000-0000000000b1';
const assetId = '0190a000-0000-7000-8000-0000000000a1';
const fixtureId = '0190a000-0000-7000-8000-0000000000d1';

const mountCreated: MountingEvent = {
  type: 'MountCreated',
  data: { mountId, frameId: '0190a000-0000-7000-8000-0000000000e1', slotCode: 'A1', at },
};
const assetRegistered: AssetEvent = {
  type: 'AssetRegistered',
  data: {
    assetId,
    name: 'Eiger',
    familyId: '0190a000-0000-7000-8000-0000000000f1',
    modelId: null,
    serialNumber: null,
    owner: null,
    registeredAt: at,
  },
};
const installed: MountingEvent[] = [
  { type: 'MountAssetInstalled', data: { mountId, assetId, at } },
  { type: 'AssetInstalled', data: { assetId, mountId, at } },
];
const uninstalled: MountingEvent[] = [
  { type: 'MountAssetUninstalled', data: { mountId, assetId, at } },
  { type: 'AssetUninstalled', data: { assetId, mountId, at } },
];
const attached: AssetEvent = { type: 'AssetAttachedToFixture', data: { assetId, fixtureId, at } };
const detached: AssetEvent = { type: 'AssetDetachedFromFixture', data: { assetId, fixtureId, at } };
const base: MountingEvent[] = [mountCreated, assetRegistered, { type: 'AssetActivated', data: { assetId, at } }];

describe('uninstall asset', () => {
  it('takes the installed asset out, on both streams', () => {
    given(uninstallAssetDecider, [...base, ...installed])
      .when({ mountId }, undefined)
      .then(uninstalled);
  });

  it('takes out an asset whose fixture binding was detached', () => {
    given(uninstallAssetDecider, [...base, ...installed, attached, detached])
      .when({ mountId }, undefined)
      .then(uninstalled);
  });

  it('checks in API order: mount, empty, fixture binding', () => {
    given(uninstallAssetDecider, []).when({ mountId }, undefined).thenFails('MountNotFound');
    given(uninstallAssetDecider, base).when({ mountId }, undefined).thenFails('MountIsEmpty');
    given(uninstallAssetDecider, [...base, ...installed, ...uninstalled])
      .when({ mountId }, undefined)
      .thenFails('MountIsEmpty');
    given(uninstallAssetDecider, [...base, ...installed, attached])
      .when({ mountId }, undefined)
      .thenFails('MountHasFixtureBoundAsset');
  });

  it('over any history, succeeds exactly when the mount holds an asset not attached to a fixture, and empties it', () => {
    const step = fc.constantFrom<MountingEvent[]>(installed, uninstalled, [attached], [detached]);
    fc.assert(
      fc.property(fc.array(step, { maxLength: 12 }), (steps) => {
        const history = [...base, ...steps.flat()];
        const before = fold(uninstallAssetDecider.evolve, uninstallAssetDecider.initialState, history);
        if (!before.mount.exists || !before.asset.exists) return false;
        const { outcome } = given(uninstallAssetDecider, history).when({ mountId }, undefined);
        if (before.mount.assetId === null) return 'error' in outcome && outcome.error.code === 'MountIsEmpty';
        if (before.asset.fixtureId !== null) {
          return 'error' in outcome && outcome.error.code === 'MountHasFixtureBoundAsset';
        }
        if (!('events' in outcome)) return false;
        const after = fold(uninstallAssetDecider.evolve, before, outcome.events);
        return after.mount.exists && after.mount.assetId === null && after.asset.exists && after.asset.mountId === null;
      }),
    );
  });
});
