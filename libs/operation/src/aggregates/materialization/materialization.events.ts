import { DomainEvent } from '@custody/kernel';

export type MaterializationStateName = 'Pending' | 'Transferring' | 'Verifying' | 'Verified' | 'Failed' | 'Cancelled';
export const MATERIALIZATION_STATES: readonly MaterializationStateName[] = [
  'Pending',
  'Transferring',
  'Verifying',
  'Verified',
  'Failed',
  'Cancelled',
];
export const FINISHED_MATERIALIZATION_STATES: readonly MaterializationStateName[] = ['Verified', 'Failed', 'Cancelled'];

export type TransferVia = 'local' | 'fdt' | 'globus';
export const TRANSFER_VIAS: readonly TransferVia[] = ['local', 'fdt', 'globus'];

export interface ExpectedChecksum {
  readonly algorithm: 'sha256' | 'sha256-tree';
  readonly value: string;
  readonly byteSize: number;
}

/** A location as the transfer sees it: a tier and a path below its root. */
export interface MaterializationLocation {
  readonly tierId: string;
  readonly accessProtocol: 'file' | 's3' | 'https' | 'globus';
  readonly rootUri: string;
  readonly path: string;
}

export interface MaterializationError {
  readonly code: string;
  readonly detail: string;
}

/** The final counters of a transfer, kept on the stream when it ends. */
export interface TransferSummary {
  readonly state: 'Succeeded' | 'Failed' | 'Cancelled';
  readonly bytesMoved: number;
  readonly bytesTotal: number | null;
  readonly filesTotal: number | null;
  readonly filesMoved: number;
  readonly filesSkipped: number;
  readonly filesFailed: number;
  readonly partial: boolean;
  readonly observed: ExpectedChecksum | null;
}

/** A JSON copy of the adapter's TransferHandle (operation's own type lives with the port). */
export type StoredTransferHandle = Readonly<Record<string, unknown>> & {
  readonly adapter: string;
  readonly id: string;
};

export type MaterializationRequested = DomainEvent<
  'MaterializationRequested',
  {
    materializationId: string;
    datasetId: string;
    targetTierId: string;
    via: TransferVia;
    kind: 'file' | 'tree';
    sourceDistributionId: string;
    source: MaterializationLocation;
    target: MaterializationLocation;
    expected: ExpectedChecksum;
    /** The pg-boss queue of the tier pair: only a worker reaching both tiers takes it. */
    queue: string;
    requestedBy: string;
    at: string;
  }
>;
export type MaterializationTransferBegun = DomainEvent<
  'MaterializationTransferBegun',
  { materializationId: string; handle: StoredTransferHandle; at: string }
>;
export type MaterializationCancelRequested = DomainEvent<
  'MaterializationCancelRequested',
  { materializationId: string; by: string; at: string }
>;
export type MaterializationTransferEnded = DomainEvent<
  'MaterializationTransferEnded',
  { materializationId: string; transfer: TransferSummary; error: MaterializationError | null; at: string }
>;
export type MaterializationCopyRegistered = DomainEvent<
  'MaterializationCopyRegistered',
  { materializationId: string; distributionId: string; at: string }
>;
export type MaterializationVerified = DomainEvent<
  'MaterializationVerified',
  { materializationId: string; attestationId: string; at: string }
>;
export type MaterializationFailed = DomainEvent<
  'MaterializationFailed',
  { materializationId: string; error: MaterializationError; at: string }
>;
export type MaterializationCancelled = DomainEvent<
  'MaterializationCancelled',
  { materializationId: string; at: string }
>;

export type MaterializationEvent =
  | MaterializationRequested
  | MaterializationTransferBegun
  | MaterializationCancelRequested
  | MaterializationTransferEnded
  | MaterializationCopyRegistered
  | MaterializationVerified
  | MaterializationFailed
  | MaterializationCancelled;

export const MATERIALIZATION_STREAM = 'operation.materialization';
export const MATERIALIZATION_EVENT_TYPES: readonly MaterializationEvent['type'][] = [
  'MaterializationRequested',
  'MaterializationTransferBegun',
  'MaterializationCancelRequested',
  'MaterializationTransferEnded',
  'MaterializationCopyRegistered',
  'MaterializationVerified',
  'MaterializationFailed',
  'MaterializationCancelled',
];
