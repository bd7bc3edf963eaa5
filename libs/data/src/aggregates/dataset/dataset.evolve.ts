import { DatasetEvent } from './dataset.events';
import { DatasetState } from './dataset.state';

export function evolveDataset(state: DatasetState, event: DatasetEvent): DatasetState {
  if (event.type === 'DatasetRegistered') {
    return {
      exists: true,
      datasetId: event.data.datasetId,
      title: event.data.title,
      checksum: event.data.checksum,
      byteSize: event.data.byteSize,
      intent: event.data.intent,
      collectedBy: event.data.collectedBy,
      status: 'Active',
      registeredAt: event.data.registeredAt,
      discardedAt: null,
      distributions: [],
    };
  }
  if (!state.exists) return state;
  switch (event.type) {
    case 'DatasetDistributionAdded':
      return {
        ...state,
        distributions: [
          ...state.distributions,
          { distributionId: event.data.distributionId, tierId: event.data.tierId, uri: event.data.uri },
        ],
      };
    case 'DatasetDistributionRemoved':
      return {
        ...state,
        distributions: state.distributions.filter((d) => d.distributionId !== event.data.distributionId),
      };
    case 'DatasetDiscarded':
      return { ...state, status: 'Discarded', discardedAt: event.data.at };
    default:
      return state;
  }
}
