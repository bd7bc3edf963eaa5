import { Decider, conflict } from '@custody/kernel';
import { mountNotFound } from '../../aggregates/mount/mount.errors';
import { MountingEvent, MountingState, evolveMounting, initialMountingState } from '../../aggregates/mount/mounting';

export interface UninstallAsset {
  readonly mountId: string;
}

/**
 * Takes the installed asset out of a mount: MountAssetUninstalled (mount stream) + AssetUninstalled (asset
 * stream). The state is the mount and the asset it holds, folded together. In API order: MountNotFound,
 * MountIsEmpty, MountHasFixtureBoundAsset (the asset is attached to a fixture: detach it first).
 */
export const uninstallAssetDecider: Decider<MountingState, UninstallAsset, MountingEvent> = {
  initialState: initialMountingState,
  evolve: evolveMounting,
  decide({ mount, asset }, command, _context, { now }) {
    const { mountId } = command;
    if (!mount.exists) throw mountNotFound(mountId);
    const assetId = mount.assetId;
    if (assetId === null) throw conflict('MountIsEmpty', `Mount ${mountId} holds no asset.`);
    if (asset.exists && asset.fixtureId !== null) {
      throw conflict(
        'MountHasFixtureBoundAsset',
        `Asset ${assetId} in mount ${mountId} is attached to fixture ${asset.fixtureId}; detach it first.`,
      );
    }
    return [
      { type: 'MountAssetUninstalled', data: { mountId, assetId, at: now } },
      { type: 'AssetUninstalled', data: { assetId, mountId, at: now } },
    ];
  },
};
