import { Decider, conflict } from '@custody/kernel';
import { assetNotFound } from '../../aggregates/asset/asset.errors';
import { AssetEvent } from '../../aggregates/asset/asset.events';
import { evolveAsset } from '../../aggregates/asset/asset.evolve';
import { AssetState, initialAssetState } from '../../aggregates/asset/asset.state';

export interface DecommissionAsset {
  readonly assetId: string;
}

/**
 * Commissioned, Active or Maintenance → Decommissioned, for good. The asset's own stream records its mount and
 * fixture (AssetInstalled, AssetAttachedToFixture are appended with their counterparts in one transaction), so
 * the guards read only this stream, and the stream lock serializes a decommission with a racing install.
 * Checks in API order: AssetNotFound, AssetHasFixtureBinding, AssetIsInstalled, AssetCannotDecommission.
 */
export const decommissionAssetDecider: Decider<AssetState, DecommissionAsset, AssetEvent> = {
  initialState: initialAssetState,
  evolve: evolveAsset,
  decide(state, command, _context, { now }) {
    if (!state.exists) throw assetNotFound(command.assetId);
    if (state.fixtureId !== null) {
      throw conflict(
        'AssetHasFixtureBinding',
        `Asset ${command.assetId} is attached to fixture ${state.fixtureId}; detach it first.`,
      );
    }
    if (state.mountId !== null) {
      throw conflict(
        'AssetIsInstalled',
        `Asset ${command.assetId} is installed in mount ${state.mountId}; uninstall it first.`,
      );
    }
    if (state.lifecycle === 'Decommissioned') {
      throw conflict('AssetCannotDecommission', `Asset ${command.assetId} is already Decommissioned.`);
    }
    return [{ type: 'AssetDecommissioned', data: { assetId: command.assetId, at: now } }];
  },
};
