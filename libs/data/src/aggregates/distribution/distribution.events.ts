import { DomainEvent } from '@custody/kernel';
import { Checksum, ObservedChecksum } from '../checksum/checksum';

export type AttestationOutcome = 'Match' | 'Mismatch' | 'Unreachable';
export const ATTESTATION_OUTCOMES: readonly AttestationOutcome[] = ['Match', 'Mismatch', 'Unreachable'];

/** `server`: the API read the bytes through the tier's protocol; `reported`: an edge host sent what it measured. */
export type AttestationSource = 'server' | 'reported';

export type DistributionRegistered = DomainEvent<
  'DistributionRegistered',
  {
    distributionId: string;
    datasetId: string;
    tierId: string;
    /** Canonical, under the tier's root. */
    uri: string;
    checksum: Checksum;
    byteSize: number;
    registeredAt: string;
  }
>;
export type DistributionAttested = DomainEvent<
  'DistributionAttested',
  {
    distributionId: string;
    attestationId: string;
    outcome: AttestationOutcome;
    /** What was measured; null when the bytes could not be read. */
    observed: ObservedChecksum | null;
    source: AttestationSource;
    /** Why the bytes were unreachable (or what was found instead), for people; null on a plain Match. */
    detail: string | null;
    at: string;
  }
>;
export type DistributionMarkedStale = DomainEvent<
  'DistributionMarkedStale',
  { distributionId: string; reason: string; at: string }
>;
export type DistributionDiscarded = DomainEvent<'DistributionDiscarded', { distributionId: string; at: string }>;

export type DistributionEvent =
  DistributionRegistered | DistributionAttested | DistributionMarkedStale | DistributionDiscarded;

export const DISTRIBUTION_STREAM = 'data.distribution';
export const DISTRIBUTION_EVENT_TYPES: readonly DistributionEvent['type'][] = [
  'DistributionRegistered',
  'DistributionAttested',
  'DistributionMarkedStale',
  'DistributionDiscarded',
];
