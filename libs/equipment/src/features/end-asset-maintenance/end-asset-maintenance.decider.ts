import { Decider, conflict } from '@custody/kernel';
import { assetNotFound } from '../../aggregates/asset/asset.errors';
import { AssetEvent } from '../../aggregates/asset/asset.events';
import { evolveAsset } from '../../aggregates/asset/asset.evolve';
import { AssetState, initialAssetState } from '../../aggregates/asset/asset.state';

export interface EndAssetMaintenance {
  readonly assetId: string;
}

/** Maintenance → Active. */
export const endAssetMaintenanceDecider: Decider<AssetState, EndAssetMaintenance, AssetEvent> = {
  initialState: initialAssetState,
  evolve: evolveAsset,
  decide(state, command, _context, { now }) {
    if (!state.exists) throw assetNotFound(command.assetId);
    if (state.lifecycle !== 'Maintenance') {
      throw conflict(
        'AssetCannotEndMaintenance',
        `Asset ${command.assetId} is ${state.lifecycle}; only an asset in Maintenance can end maintenance.`,
      );
    }
    return [{ type: 'AssetMaintenanceEnded', data: { assetId: command.assetId, at: now } }];
  },
};
