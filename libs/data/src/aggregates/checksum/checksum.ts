/** The checksum algorithms custody verifies. `sha256-tree` is the sha256 of a directory's sorted file list. */
export type ChecksumAlgorithm = 'sha256' | 'sha256-tree';
export const CHECKSUM_ALGORITHMS: readonly ChecksumAlgorithm[] = ['sha256', 'sha256-tree'];

export interface Checksum {
  readonly algorithm: ChecksumAlgorithm;
  /** 64 lowercase hex digits. */
  readonly value: string;
}

/** What a verifier (the server or an edge host) measured. */
export interface ObservedChecksum extends Checksum {
  readonly byteSize: number;
}

export const SHA256_HEX = /^[0-9a-f]{64}$/;

export function sameChecksum(a: Checksum, b: Checksum): boolean {
  return a.algorithm === b.algorithm && a.value === b.value;
}

/** Does an observation match the expected checksum and size exactly? */
export function matches(expected: Checksum, byteSize: number, observed: ObservedChecksum): boolean {
  return sameChecksum(expected, observed) && observed.byteSize === byteSize;
}
