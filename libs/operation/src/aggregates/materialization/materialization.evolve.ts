import { MaterializationEvent } from './materialization.events';
import { MaterializationState } from './materialization.state';

export function evolveMaterialization(state: MaterializationState, event: MaterializationEvent): MaterializationState {
  if (event.type === 'MaterializationRequested') {
    const d = event.data;
    return {
      exists: true,
      materializationId: d.materializationId,
      datasetId: d.datasetId,
      targetTierId: d.targetTierId,
      via: d.via,
      kind: d.kind,
      sourceDistributionId: d.sourceDistributionId,
      source: d.source,
      target: d.target,
      expected: d.expected,
      queue: d.queue,
      requestedBy: d.requestedBy,
      requestedAt: d.at,
      state: 'Pending',
      cancelRequested: false,
      handle: null,
      transfer: null,
      distributionId: null,
      attestationId: null,
      error: null,
      finishedAt: null,
    };
  }
  if (!state.exists) return state;
  switch (event.type) {
    case 'MaterializationTransferBegun':
      return { ...state, state: 'Transferring', handle: event.data.handle };
    case 'MaterializationCancelRequested':
      return { ...state, cancelRequested: true };
    case 'MaterializationTransferEnded': {
      const outcome = event.data.transfer.state;
      const next = outcome === 'Succeeded' ? 'Verifying' : outcome === 'Failed' ? 'Failed' : 'Cancelled';
      return {
        ...state,
        state: next,
        transfer: event.data.transfer,
        error: event.data.error,
        finishedAt: next === 'Verifying' ? null : event.data.at,
      };
    }
    case 'MaterializationCopyRegistered':
      return { ...state, distributionId: event.data.distributionId };
    case 'MaterializationVerified':
      return { ...state, state: 'Verified', attestationId: event.data.attestationId, finishedAt: event.data.at };
    case 'MaterializationFailed':
      return { ...state, state: 'Failed', error: event.data.error, finishedAt: event.data.at };
    case 'MaterializationCancelled':
      return { ...state, state: 'Cancelled', cancelRequested: true, finishedAt: event.data.at };
  }
}
