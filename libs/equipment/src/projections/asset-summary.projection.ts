import { Injectable } from '@nestjs/common';
import { AggregateStateProjection, ProjectionHandler } from '@custody/platform';
import { ASSET_EVENT_TYPES, AssetEvent } from '../aggregates/asset/asset.events';
import { evolveAsset } from '../aggregates/asset/asset.evolve';
import { AssetState, initialAssetState } from '../aggregates/asset/asset.state';

export const ASSET_SUMMARY = 'asset_summary';

/** One row per asset with its folded state; lists filter on lifecycle and family. */
@ProjectionHandler()
@Injectable()
export class AssetSummaryProjection extends AggregateStateProjection<AssetState, AssetEvent> {
  readonly name = ASSET_SUMMARY;
  readonly eventTypes = ASSET_EVENT_TYPES;
  protected readonly table = 'asset_summary';
  protected readonly initialState = initialAssetState;

  protected evolve(state: AssetState, event: AssetEvent): AssetState {
    return evolveAsset(state, event);
  }

  protected columns(state: AssetState): Record<string, unknown> {
    return state.exists
      ? { lifecycle: state.lifecycle, family_id: state.familyId }
      : { lifecycle: null, family_id: null };
  }
}
