import { Checksum, ObservedChecksum } from '../checksum/checksum';
import { AttestationOutcome, AttestationSource } from './distribution.events';

export type DistributionStatus = 'Registered' | 'Verified' | 'Stale' | 'Discarded';
export const DISTRIBUTION_STATUSES: readonly DistributionStatus[] = ['Registered', 'Verified', 'Stale', 'Discarded'];

export interface LastAttestation {
  readonly attestationId: string;
  readonly outcome: AttestationOutcome;
  readonly observed: ObservedChecksum | null;
  readonly source: AttestationSource;
  readonly detail: string | null;
  readonly attestedAt: string;
}

export interface RegisteredDistribution {
  readonly exists: true;
  readonly distributionId: string;
  readonly datasetId: string;
  readonly tierId: string;
  readonly uri: string;
  readonly checksum: Checksum;
  readonly byteSize: number;
  readonly status: DistributionStatus;
  readonly lastAttestation: LastAttestation | null;
  readonly registeredAt: string;
}

export type DistributionState = { readonly exists: false } | RegisteredDistribution;

export const initialDistributionState: DistributionState = { exists: false };

/** What GET /v1/distributions/{id} and GET /v1/datasets/{id}/distributions answer. */
export interface DistributionView {
  readonly distributionId: string;
  readonly datasetId: string;
  readonly tierId: string;
  readonly uri: string;
  readonly checksum: Checksum;
  readonly byteSize: number;
  readonly status: DistributionStatus;
  readonly lastAttestation: LastAttestation | null;
}

export function toDistributionView(d: RegisteredDistribution): DistributionView {
  return {
    distributionId: d.distributionId,
    datasetId: d.datasetId,
    tierId: d.tierId,
    uri: d.uri,
    checksum: d.checksum,
    byteSize: d.byteSize,
    status: d.status,
    lastAttestation: d.lastAttestation,
  };
}

/**
 * Status follows the attestations: Match → Verified, Mismatch → Stale, Unreachable changes nothing; a copy
 * marked stale is Stale; Discarded is final.
 */
export function statusAfter(status: DistributionStatus, outcome: AttestationOutcome): DistributionStatus {
  if (status === 'Discarded') return status;
  if (outcome === 'Match') return 'Verified';
  if (outcome === 'Mismatch') return 'Stale';
  return status;
}
