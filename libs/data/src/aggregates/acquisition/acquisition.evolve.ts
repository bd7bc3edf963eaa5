import { AcquisitionEvent } from './acquisition.events';
import { AcquisitionState, HistoryEntry } from './acquisition.state';

export function evolveAcquisition(state: AcquisitionState, event: AcquisitionEvent): AcquisitionState {
  if (event.type === 'AcquisitionRegistered') {
    const d = event.data;
    return {
      exists: true,
      acquisitionId: d.acquisitionId,
      tierId: d.tierId,
      path: d.path,
      uri: d.uri,
      runKind: d.runKind,
      targetTierId: d.targetTierId,
      retention: d.retention,
      assetId: d.assetId,
      fixtureId: d.fixtureId,
      expectedFiles: d.expectedFiles,
      state: 'staging',
      history: [{ state: 'staging', at: d.at, host: d.host }],
      datasetId: null,
      stagingDistributionId: null,
      materializationId: null,
      manifest: null,
      error: null,
      stagingRemoved: false,
      registeredAt: d.at,
    };
  }
  if (!state.exists) return state;
  switch (event.type) {
    case 'AcquisitionTransitioned': {
      const d = event.data;
      const entry: HistoryEntry = {
        state: d.to,
        at: d.at,
        host: d.host,
        ...(d.filesReceived !== undefined ? { filesReceived: d.filesReceived } : {}),
        ...(d.bytesReceived !== undefined ? { bytesReceived: d.bytesReceived } : {}),
        ...(d.targetTierId !== undefined ? { targetTierId: d.targetTierId } : {}),
      };
      return {
        ...state,
        state: d.to,
        history: [...state.history, entry],
        datasetId: state.datasetId ?? d.datasetId ?? null,
        materializationId: state.materializationId ?? d.materializationId ?? null,
        targetTierId: state.targetTierId ?? d.targetTierId ?? null,
        manifest: d.manifest ?? state.manifest,
      };
    }
    case 'AcquisitionDatasetRecorded':
      return { ...state, datasetId: event.data.datasetId, stagingDistributionId: event.data.distributionId };
    case 'AcquisitionHalted':
      return {
        ...state,
        error: { code: event.data.code, detail: event.data.detail, host: event.data.host, at: event.data.at },
      };
    case 'AcquisitionStagingRemoved':
      return { ...state, stagingRemoved: true };
    default:
      return state;
  }
}
