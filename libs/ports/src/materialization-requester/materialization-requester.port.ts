/**
 * "Copy this dataset onto that tier, and tell me when it is Verified": the data context's acquisition worker
 * asks, the operation context's materialization slices answer. The consumer never imports the operation context.
 */

export type MaterializationStateName = 'Pending' | 'Transferring' | 'Verifying' | 'Verified' | 'Failed' | 'Cancelled';

export interface MaterializationRequest {
  readonly datasetId: string;
  readonly targetTierId: string;
  /** Where the copy lands under the target tier's root; default: the source's path relative to its tier root. */
  readonly targetUri?: string;
  /** The same key always answers the materialization it queued first (a retry after a crash queues nothing new). */
  readonly idempotencyKey: string;
  /** The principal on whose behalf the materialization is queued (recorded, and checked for its role). */
  readonly principalId: string;
}

export interface MaterializationStatus {
  readonly materializationId: string;
  readonly datasetId: string;
  readonly targetTierId: string;
  readonly state: MaterializationStateName;
  /** The Distribution registered on the target tier, once there is one. */
  readonly distributionId: string | null;
  readonly error: { readonly code: string; readonly detail: string } | null;
}

export interface MaterializationRequester {
  /** Queues a materialization (or finds the one queued under this key before). */
  request(request: MaterializationRequest): Promise<{ readonly materializationId: string }>;
  /** Its state now; null for an id that names no materialization. */
  status(materializationId: string): Promise<MaterializationStatus | null>;
}

/** Nest injection token the apps bind to the operation context's adapter. */
export const MATERIALIZATION_REQUESTER = Symbol('MaterializationRequester');
