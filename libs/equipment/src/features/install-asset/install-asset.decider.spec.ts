import fc from 'fast-check';
import { fold, given } from '@custody/kernel';
import { AssetEvent } from '../../aggregates/asset/asset.events';
import { MountEvent } from '../../aggregates/mount/mount.events';
import { MountingEvent, evolveMounting, initialMountingState, isMountEvent } from '../../aggregates/mount/mounting';
import { installAssetDecider } from './install-asset.decider';

const at = '2026-01-01T00:00:00.000Z';
const frameId = '0190a000-0000-7000-8000-0000000000e1';
const mountId = '0190a000-0000-7000-8000-0000000000b1';
const otherMountId = '0190a000-0000-7000-8000-0000000000b2';
const assetId = '0190a000-0000-7000-8000-0000000000a1';
const otherAssetId = '0190a000-0000-7000-8000-0000000000a2';

const mountCreated = (id = mountId): MountEvent => ({
  type: 'MountCreated',
  data: { mountId: id, frameId, slotCode: id.slice(-2), at },
});
const assetRegistered = (id = assetId): AssetEvent => ({
  type: 'AssetRegistered',
  data: {
    assetId: id,
    name: 'Eiger',
    familyId: '0190a000-0000-7000-8000-0000000000f1',
    modelId: null,
    serialNumber: null,
    owner: null,
    registeredAt: at,
  },
});
const activated = (id = assetId): AssetEvent => ({ type: 'AssetActivated', data: { assetId: id, at } });
const begun: AssetEvent = { type: 'AssetMaintenanceBegun', data: { assetId, at } };
const decommissioned: AssetEvent = { type: 'AssetDecommissioned', data: { assetId, at } };
const installedHere: MountingEvent[] = [
  { type: 'MountAssetInstalled', data: { mountId, assetId, at } },
  { type: 'AssetInstalled', data: { assetId, mountId, at } },
];
const active = [mountCreated(), assetRegistered(), activated()];

describe('install asset', () => {
  it('installs an Active asset in an empty mount, on both streams', () => {
    given(installAssetDecider, active).when({ mountId, assetId }, undefined).then(installedHere);
  });

  it('installing the asset the mount already holds changes nothing, even in maintenance', () => {
    given(installAssetDecider, [...active, ...installedHere])
      .when({ mountId, assetId }, undefined)
      .then([]);
    given(installAssetDecider, [...active, ...installedHere, begun])
      .when({ mountId, assetId }, undefined)
      .then([]);
  });

  it('checks in API order: mount, asset, lifecycle, elsewhere, occupied', () => {
    given(installAssetDecider, []).when({ mountId, assetId }, undefined).thenFails('MountNotFound');
    given(installAssetDecider, [mountCreated()]).when({ mountId, assetId }, undefined).thenFails('AssetNotFound');
    given(installAssetDecider, [mountCreated(), assetRegistered()])
      .when({ mountId, assetId }, undefined)
      .thenFails('AssetNotInstallable');
    given(installAssetDecider, [...active, begun])
      .when({ mountId, assetId }, undefined)
      .thenFails('AssetNotInstallable');
    given(installAssetDecider, [mountCreated(), assetRegistered(), decommissioned])
      .when({ mountId, assetId }, undefined)
      .thenFails('AssetNotInstallable');
    // The asset is in another mount and this mount holds another asset: "elsewhere" comes first.
    given(installAssetDecider, [
      ...active,
      { type: 'AssetInstalled', data: { assetId, mountId: otherMountId, at } },
      { type: 'MountAssetInstalled', data: { mountId, assetId: otherAssetId, at } },
    ])
      .when({ mountId, assetId }, undefined)
      .thenFails('AssetAlreadyInstalledElsewhere');
    given(installAssetDecider, [
      ...active,
      { type: 'MountAssetInstalled', data: { mountId, assetId: otherAssetId, at } },
    ])
      .when({ mountId, assetId }, undefined)
      .thenFails('MountAlreadyOccupied');
  });

  it('whatever installs and uninstalls are asked for, a mount holds an asset exactly when that asset is in it', () => {
    const mounts = [mountId, otherMountId];
    const assets = [assetId, otherAssetId, '0190a000-0000-7000-8000-0000000000a3'];
    const command = fc.oneof(
      fc.record({
        kind: fc.constant('install' as const),
        m: fc.constantFrom(...mounts),
        a: fc.constantFrom(...assets),
      }),
      fc.record({ kind: fc.constant('uninstall' as const), m: fc.constantFrom(...mounts) }),
    );
    fc.assert(
      fc.property(fc.array(command, { maxLength: 30 }), (commands) => {
        const streams = new Map<string, MountingEvent[]>();
        for (const m of mounts) streams.set(m, [mountCreated(m)]);
        for (const a of assets) streams.set(a, [assetRegistered(a), activated(a)]);
        const stateOf = (m: string, a: string | null) =>
          fold(evolveMounting, initialMountingState, [...streams.get(m)!, ...(a ? streams.get(a)! : [])]);
        const append = (events: readonly MountingEvent[]) => {
          for (const e of events) {
            streams.get(isMountEvent(e) ? e.data.mountId : e.data.assetId)!.push(e);
          }
        };
        for (const c of commands) {
          if (c.kind === 'install') {
            const { outcome } = given(installAssetDecider, [...streams.get(c.m)!, ...streams.get(c.a)!]).when(
              { mountId: c.m, assetId: c.a },
              undefined,
            );
            if ('events' in outcome) append(outcome.events);
          } else {
            // Uninstall by hand (its own decider lives in another slice): both sides, like the real one.
            const held = stateOf(c.m, null).mount;
            if (held.exists && held.assetId) {
              append([
                { type: 'MountAssetUninstalled', data: { mountId: c.m, assetId: held.assetId, at } },
                { type: 'AssetUninstalled', data: { assetId: held.assetId, mountId: c.m, at } },
              ]);
            }
          }
        }
        for (const m of mounts) {
          for (const a of assets) {
            const { mount, asset } = stateOf(m, a);
            if (!mount.exists || !asset.exists) return false;
            if ((mount.assetId === a) !== (asset.mountId === m)) return false;
          }
        }
        return true;
      }),
    );
  });
});
