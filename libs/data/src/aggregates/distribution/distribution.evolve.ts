import { DistributionEvent } from './distribution.events';
import { DistributionState, statusAfter } from './distribution.state';

export function evolveDistribution(state: DistributionState, event: DistributionEvent): DistributionState {
  if (event.type === 'DistributionRegistered') {
    return {
      exists: true,
      distributionId: event.data.distributionId,
      datasetId: event.data.datasetId,
      tierId: event.data.tierId,
      uri: event.data.uri,
      checksum: event.data.checksum,
      byteSize: event.data.byteSize,
      status: 'Registered',
      lastAttestation: null,
      registeredAt: event.data.registeredAt,
    };
  }
  if (!state.exists) return state;
  switch (event.type) {
    case 'DistributionAttested':
      return {
        ...state,
        status: statusAfter(state.status, event.data.outcome),
        lastAttestation: {
          attestationId: event.data.attestationId,
          outcome: event.data.outcome,
          observed: event.data.observed,
          source: event.data.source,
          detail: event.data.detail,
          attestedAt: event.data.at,
        },
      };
    case 'DistributionMarkedStale':
      return state.status === 'Discarded' ? state : { ...state, status: 'Stale' };
    case 'DistributionDiscarded':
      return { ...state, status: 'Discarded' };
    default:
      return state;
  }
}
