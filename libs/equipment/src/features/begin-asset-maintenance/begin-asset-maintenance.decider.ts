import { Decider, conflict } from '@custody/kernel';
import { assetNotFound } from '../../aggregates/asset/asset.errors';
import { AssetEvent } from '../../aggregates/asset/asset.events';
import { evolveAsset } from '../../aggregates/asset/asset.evolve';
import { AssetState, initialAssetState } from '../../aggregates/asset/asset.state';

export interface BeginAssetMaintenance {
  readonly assetId: string;
}

/** Active → Maintenance. An installed asset may go into maintenance where it stands. */
export const beginAssetMaintenanceDecider: Decider<AssetState, BeginAssetMaintenance, AssetEvent> = {
  initialState: initialAssetState,
  evolve: evolveAsset,
  decide(state, command, _context, { now }) {
    if (!state.exists) throw assetNotFound(command.assetId);
    if (state.lifecycle !== 'Active') {
      throw conflict(
        'AssetCannotBeginMaintenance',
        `Asset ${command.assetId} is ${state.lifecycle}; only an Active asset can begin maintenance.`,
      );
    }
    return [{ type: 'AssetMaintenanceBegun', data: { assetId: command.assetId, at: now } }];
  },
};
