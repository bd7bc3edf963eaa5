import {
  ACQUISITION_STATES,
  AcquisitionStateName,
  ExpectedFile,
  Retention,
  RunKind,
  RunManifest,
} from './acquisition.events';

export interface HistoryEntry {
  readonly state: AcquisitionStateName;
  readonly at: string;
  readonly host: string | null;
  readonly filesReceived?: number;
  readonly bytesReceived?: number;
  readonly targetTierId?: string;
}

export interface AcquisitionError {
  readonly code: string;
  readonly detail: string;
  readonly host: string;
  readonly at: string;
}

export interface RegisteredAcquisition {
  readonly exists: true;
  readonly acquisitionId: string;
  readonly tierId: string;
  readonly path: string;
  readonly uri: string;
  readonly runKind: RunKind;
  readonly targetTierId: string | null;
  readonly retention: Retention;
  readonly assetId: string | null;
  readonly fixtureId: string | null;
  readonly expectedFiles: readonly ExpectedFile[] | null;
  readonly state: AcquisitionStateName;
  readonly history: readonly HistoryEntry[];
  readonly datasetId: string | null;
  readonly stagingDistributionId: string | null;
  readonly materializationId: string | null;
  readonly manifest: RunManifest | null;
  readonly error: AcquisitionError | null;
  readonly stagingRemoved: boolean;
  readonly registeredAt: string;
}

export type AcquisitionState = { readonly exists: false } | RegisteredAcquisition;

export const initialAcquisitionState: AcquisitionState = { exists: false };

/** The only state a state may move to; null after `cleared`. */
export function nextState(state: AcquisitionStateName): AcquisitionStateName | null {
  const i = ACQUISITION_STATES.indexOf(state);
  return i + 1 < ACQUISITION_STATES.length ? ACQUISITION_STATES[i + 1] : null;
}

/** When the acquisition entered a state (its history entry), or null. */
export function enteredAt(acquisition: RegisteredAcquisition, state: AcquisitionStateName): string | null {
  return acquisition.history.find((h) => h.state === state)?.at ?? null;
}

/** What GET /v1/acquisitions/{id}, the list, a transition and a clear answer. */
export interface AcquisitionView {
  readonly acquisitionId: string;
  readonly tierId: string;
  readonly path: string;
  readonly uri: string;
  readonly runKind: RunKind;
  readonly targetTierId: string | null;
  readonly retention: Retention;
  readonly assetId: string | null;
  readonly fixtureId: string | null;
  readonly expectedFiles: readonly ExpectedFile[] | null;
  readonly state: AcquisitionStateName;
  readonly history: readonly HistoryEntry[];
  readonly datasetId: string | null;
  readonly stagingDistributionId: string | null;
  readonly materializationId: string | null;
  readonly error: AcquisitionError | null;
  readonly stagingRemoved: boolean;
  readonly registeredAt: string;
  readonly version: number;
}

export function toAcquisitionView(a: RegisteredAcquisition, version: number): AcquisitionView {
  return {
    acquisitionId: a.acquisitionId,
    tierId: a.tierId,
    path: a.path,
    uri: a.uri,
    runKind: a.runKind,
    targetTierId: a.targetTierId,
    retention: a.retention,
    assetId: a.assetId,
    fixtureId: a.fixtureId,
    expectedFiles: a.expectedFiles,
    state: a.state,
    history: a.history,
    datasetId: a.datasetId,
    stagingDistributionId: a.stagingDistributionId,
    materializationId: a.materializationId,
    error: a.error,
    stagingRemoved: a.stagingRemoved,
    registeredAt: a.registeredAt,
    version,
  };
}
