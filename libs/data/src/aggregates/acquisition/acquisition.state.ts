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

/** What GET /v1/acquisitions/{id}, the list, a transition and a clear answer: the state without the worker's
 * manifest (a digest of the files it saw at completion, kept to notice a change), with the stream's version. */
export type AcquisitionView = Omit<RegisteredAcquisition, 'exists' | 'manifest'> & { readonly version: number };

export function toAcquisitionView(acquisition: RegisteredAcquisition, version: number): AcquisitionView {
  const { exists: _exists, manifest: _manifest, ...view } = acquisition;
  return { ...view, version };
}
