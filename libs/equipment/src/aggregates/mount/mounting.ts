import { ASSET_EVENT_TYPES, AssetEvent } from '../asset/asset.events';
import { evolveAsset } from '../asset/asset.evolve';
import { AssetState, initialAssetState } from '../asset/asset.state';
import { MOUNT_EVENT_TYPES, MountEvent } from './mount.events';
import { evolveMount } from './mount.evolve';
import { MountState, initialMountState } from './mount.state';

/**
 * A mount and one asset, decided together: an install or uninstall changes both streams in one transaction
 * (MountAssetInstalled + AssetInstalled), so its decider folds both and returns events of both.
 */
export interface MountingState {
  readonly mount: MountState;
  readonly asset: AssetState;
}

export type MountingEvent = MountEvent | AssetEvent;

export const initialMountingState: MountingState = { mount: initialMountState, asset: initialAssetState };

const mountTypes = new Set<string>(MOUNT_EVENT_TYPES);
const assetTypes = new Set<string>(ASSET_EVENT_TYPES);

export function isMountEvent(event: MountingEvent): event is MountEvent {
  return mountTypes.has(event.type);
}

export function isAssetEvent(event: MountingEvent): event is AssetEvent {
  return assetTypes.has(event.type);
}

/** Routes each event to the aggregate whose stream it belongs to. */
export function evolveMounting(state: MountingState, event: MountingEvent): MountingState {
  if (isMountEvent(event)) return { ...state, mount: evolveMount(state.mount, event) };
  if (isAssetEvent(event)) return { ...state, asset: evolveAsset(state.asset, event) };
  return state;
}
