import { DIGEST_HEX_LENGTH } from '../lineage-session/lineage-hashes';
import { ArtifactHash, HashAlgorithm } from '../lineage-session/lineage-session.events';
import { OpenLineageDatasetRef } from './openlineage-run.events';

function asHash(value: unknown): ArtifactHash | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  const algorithm = typeof v.algorithm === 'string' ? v.algorithm.toLowerCase() : null;
  const digestValue = typeof v.digest === 'string' ? v.digest : typeof v.value === 'string' ? v.value : null;
  if (algorithm === null || digestValue === null || !(algorithm in DIGEST_HEX_LENGTH)) return null;
  const digest = digestValue.toLowerCase();
  const length = DIGEST_HEX_LENGTH[algorithm as HashAlgorithm];
  return digest.length === length && /^[0-9a-f]+$/.test(digest)
    ? { algorithm: algorithm as HashAlgorithm, digest }
    : null;
}

/**
 * The hash a dataset's facets carry, if any: a facet that is itself `{ algorithm, digest | value }` (e.g. a
 * `checksum` facet) or holds `hashes: [{ algorithm, digest }]`; sha256 preferred.
 */
export function hashOfFacets(facets: unknown): ArtifactHash | null {
  if (!facets || typeof facets !== 'object') return null;
  const found: ArtifactHash[] = [];
  for (const facet of Object.values(facets as Record<string, unknown>)) {
    const direct = asHash(facet);
    if (direct) found.push(direct);
    const list = facet && typeof facet === 'object' ? (facet as { hashes?: unknown }).hashes : undefined;
    if (Array.isArray(list))
      for (const item of list) {
        const hash = asHash(item);
        if (hash) found.push(hash);
      }
  }
  return found.find((h) => h.algorithm === 'sha256') ?? found.find((h) => h.algorithm === 'blake3') ?? found[0] ?? null;
}

/** An OpenLineage dataset's node: `artifact:<alg>:<digest>` when a facet carries a hash, else `artifact:openlineage:<namespace, URI-encoded>:<name>` (the namespace encoded, so the first colon after it
 * separates: two datasets never share a node id). */
export function openLineageDatasetRef(dataset: {
  namespace: string;
  name: string;
  facets?: unknown;
}): OpenLineageDatasetRef {
  const hash = hashOfFacets(dataset.facets);
  return {
    nodeId: hash
      ? `artifact:${hash.algorithm}:${hash.digest}`
      : `artifact:openlineage:${encodeURIComponent(dataset.namespace)}:${dataset.name}`,
    namespace: dataset.namespace,
    name: dataset.name,
    hash,
  };
}
