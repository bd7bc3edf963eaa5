import { MountEvent } from './mount.events';
import { MountState } from './mount.state';

export function evolveMount(state: MountState, event: MountEvent): MountState {
  switch (event.type) {
    case 'MountCreated':
      return {
        exists: true,
        mountId: event.data.mountId,
        frameId: event.data.frameId,
        slotCode: event.data.slotCode,
        assetId: null,
      };
    case 'MountAssetInstalled':
      return state.exists ? { ...state, assetId: event.data.assetId } : state;
    case 'MountAssetUninstalled':
      return state.exists ? { ...state, assetId: null } : state;
    default:
      return state;
  }
}
