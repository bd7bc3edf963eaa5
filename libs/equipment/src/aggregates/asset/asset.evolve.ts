import { AssetEvent } from './asset.events';
import { AssetState } from './asset.state';

export function evolveAsset(state: AssetState, event: AssetEvent): AssetState {
  switch (event.type) {
    case 'AssetRegistered':
      return {
        exists: true,
        assetId: event.data.assetId,
        name: event.data.name,
        familyId: event.data.familyId,
        modelId: event.data.modelId,
        serialNumber: event.data.serialNumber,
        owner: event.data.owner,
        lifecycle: 'Commissioned',
        mountId: null,
        fixtureId: null,
        persistentId: null,
        commissionedAt: event.data.registeredAt,
        decommissionedAt: null,
      };
    case 'AssetActivated':
      return state.exists ? { ...state, lifecycle: 'Active' } : state;
    default:
      return state;
  }
}
