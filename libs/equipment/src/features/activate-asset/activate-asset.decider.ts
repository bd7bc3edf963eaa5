import { Decider, conflict } from '@custody/kernel';
import { assetNotFound } from '../../aggregates/asset/asset.errors';
import { AssetEvent } from '../../aggregates/asset/asset.events';
import { evolveAsset } from '../../aggregates/asset/asset.evolve';
import { AssetState, initialAssetState } from '../../aggregates/asset/asset.state';

export interface ActivateAsset {
  readonly assetId: string;
}

/** Commissioned → Active, once. */
export const activateAssetDecider: Decider<AssetState, ActivateAsset, AssetEvent> = {
  initialState: initialAssetState,
  evolve: evolveAsset,
  decide(state, command, _context, { now }) {
    if (!state.exists) throw assetNotFound(command.assetId);
    if (state.lifecycle !== 'Commissioned') {
      throw conflict(
        'AssetCannotActivate',
        `Asset ${command.assetId} is ${state.lifecycle}; only a Commissioned asset can be activated.`,
      );
    }
    return [{ type: 'AssetActivated', data: { assetId: command.assetId, at: now } }];
  },
};
