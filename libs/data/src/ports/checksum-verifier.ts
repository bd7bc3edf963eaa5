import { ChecksumAlgorithm } from '../aggregates/checksum/checksum';
import { Measurement } from '../aggregates/distribution/measurement';
import { AccessProtocol } from '../aggregates/tier/tier-uri';

/** A copy to measure: where it lies (its tier's protocol and canonical root, its canonical URI) and how. */
export interface VerificationTarget {
  readonly accessProtocol: AccessProtocol;
  readonly rootUri: string;
  readonly uri: string;
  /** The algorithm of the dataset's checksum (sha256 for a file, sha256-tree for a directory). */
  readonly algorithm: ChecksumAlgorithm;
}

/**
 * Reads a copy's bytes through its tier's protocol and measures them. Never throws for anything about the copy
 * or the tier: a missing file, a refused connection, a timeout or a path escaping the tier root is
 * `{ kind: 'unreachable', detail }`.
 */
export interface ChecksumVerifier {
  measure(target: VerificationTarget): Promise<Measurement>;
}

export const CHECKSUM_VERIFIER = Symbol('ChecksumVerifier');
