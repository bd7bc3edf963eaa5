import { Decider, conflict } from '@custody/kernel';
import { assetNotFound } from '../../aggregates/asset/asset.errors';
import { mountNotFound } from '../../aggregates/mount/mount.errors';
import { MountingEvent, MountingState, evolveMounting, initialMountingState } from '../../aggregates/mount/mounting';

export interface InstallAsset {
  readonly mountId: string;
  readonly assetId: string;
}

/**
 * Puts an asset into a mount: MountAssetInstalled (mount stream) + AssetInstalled (asset stream). The state
 * is the mount and the asset folded together; the handler locks both streams, so of two installs into one
 * mount, or an install racing a decommission, one decides on the other's outcome.
 *
 * Installing the asset the mount already holds changes nothing (PUT is idempotent), whatever the asset's
 * lifecycle now. Otherwise, in API order: MountNotFound, AssetNotFound, AssetNotInstallable (not Active),
 * AssetAlreadyInstalledElsewhere, MountAlreadyOccupied.
 */
export const installAssetDecider: Decider<MountingState, InstallAsset, MountingEvent> = {
  initialState: initialMountingState,
  evolve: evolveMounting,
  decide({ mount, asset }, command, _context, { now }) {
    const { mountId, assetId } = command;
    if (!mount.exists) throw mountNotFound(mountId);
    if (!asset.exists) throw assetNotFound(assetId);
    if (mount.assetId === assetId && asset.mountId === mountId) return [];
    if (asset.lifecycle !== 'Active') {
      throw conflict(
        'AssetNotInstallable',
        `Asset ${assetId} is ${asset.lifecycle}; only an Active asset can be installed.`,
      );
    }
    if (asset.mountId !== null) {
      throw conflict(
        'AssetAlreadyInstalledElsewhere',
        `Asset ${assetId} is installed in mount ${asset.mountId}; uninstall it there first.`,
      );
    }
    if (mount.assetId !== null) {
      throw conflict('MountAlreadyOccupied', `Mount ${mountId} already holds asset ${mount.assetId}.`);
    }
    return [
      { type: 'MountAssetInstalled', data: { mountId, assetId, at: now } },
      { type: 'AssetInstalled', data: { assetId, mountId, at: now } },
    ];
  },
};
