import { evolvePersistentId, noPersistentId } from '../persistent-id/persistent-id';
import { AssetEvent } from './asset.events';
import { AssetState } from './asset.state';

export function evolveAsset(state: AssetState, event: AssetEvent): AssetState {
  if (event.type === 'AssetRegistered') {
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
      ...noPersistentId,
      commissionedAt: event.data.registeredAt,
      decommissionedAt: null,
    };
  }
  if (!state.exists) return state;
  switch (event.type) {
    case 'AssetActivated':
    case 'AssetMaintenanceEnded':
      return { ...state, lifecycle: 'Active' };
    case 'AssetMaintenanceBegun':
      return { ...state, lifecycle: 'Maintenance' };
    case 'AssetDecommissioned':
      return { ...state, lifecycle: 'Decommissioned', decommissionedAt: event.data.at };
    case 'AssetInstalled':
      return { ...state, mountId: event.data.mountId };
    case 'AssetUninstalled':
      return { ...state, mountId: null };
    case 'AssetAttachedToFixture':
      return { ...state, fixtureId: event.data.fixtureId };
    case 'AssetDetachedFromFixture':
      return { ...state, fixtureId: null };
    case 'AssetPersistentIdRequested':
      return { ...state, ...evolvePersistentId(state, { type: 'requested', ...event.data }) };
    case 'AssetPersistentIdMintFailed':
      return {
        ...state,
        ...evolvePersistentId(state, { type: 'failed', at: event.data.at, reason: event.data.reason }),
      };
    case 'AssetPersistentIdAssigned':
      return {
        ...state,
        ...evolvePersistentId(state, { type: 'assigned', scheme: event.data.scheme, value: event.data.value }),
      };
    default:
      return state;
  }
}
