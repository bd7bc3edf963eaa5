import {
  ExpectedChecksum,
  MaterializationError,
  MaterializationLocation,
  MaterializationStateName,
  StoredTransferHandle,
  TransferSummary,
  TransferVia,
} from './materialization.events';

export interface RequestedMaterialization {
  readonly exists: true;
  readonly materializationId: string;
  readonly datasetId: string;
  readonly targetTierId: string;
  readonly via: TransferVia;
  readonly kind: 'file' | 'tree';
  readonly sourceDistributionId: string;
  readonly source: MaterializationLocation;
  readonly target: MaterializationLocation;
  readonly expected: ExpectedChecksum;
  readonly queue: string;
  readonly requestedBy: string;
  readonly requestedAt: string;
  readonly state: MaterializationStateName;
  readonly cancelRequested: boolean;
  readonly handle: StoredTransferHandle | null;
  readonly transfer: TransferSummary | null;
  readonly distributionId: string | null;
  readonly attestationId: string | null;
  readonly error: MaterializationError | null;
  readonly finishedAt: string | null;
}

export type MaterializationState = { readonly exists: false } | RequestedMaterialization;

export const initialMaterializationState: MaterializationState = { exists: false };

export function isFinished(state: MaterializationStateName): boolean {
  return state === 'Verified' || state === 'Failed' || state === 'Cancelled';
}

/** The transfer's idempotency key: the same materialization is always the same transfer. */
export const transferKeyOf = (materializationId: string): string => `materialization:${materializationId}:transfer`;
export const registrationKeyOf = (materializationId: string): string => `materialization:${materializationId}:register`;
export const attestationKeyOf = (materializationId: string): string => `materialization:${materializationId}:attest`;
