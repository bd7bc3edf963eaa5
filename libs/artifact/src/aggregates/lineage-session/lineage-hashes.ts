import { ArtifactHash, HashAlgorithm } from './lineage-session.events';

/** Hex digest length per accepted algorithm (blake3 at its default 256-bit output). */
export const DIGEST_HEX_LENGTH: Record<HashAlgorithm, number> = { sha256: 64, blake3: 64, md5: 32 };
export const HASH_ALGORITHMS = Object.keys(DIGEST_HEX_LENGTH) as HashAlgorithm[];

/** The order in which an artifact's hashes are preferred to name it: the strongest first. */
const PREFERENCE: readonly HashAlgorithm[] = ['sha256', 'blake3', 'md5'];

export function sortedHashes(hashes: readonly ArtifactHash[]): ArtifactHash[] {
  return [...hashes].sort((a, b) => PREFERENCE.indexOf(a.algorithm) - PREFERENCE.indexOf(b.algorithm));
}

/** `artifact:<alg>:<digest>` of the preferred hash: the artifact's node id in the graph. */
export function artifactNodeId(hashes: readonly ArtifactHash[]): string {
  const preferred = sortedHashes(hashes)[0];
  return `artifact:${preferred.algorithm}:${preferred.digest}`;
}

export const hashKey = (hash: ArtifactHash): string => `${hash.algorithm}:${hash.digest}`;
