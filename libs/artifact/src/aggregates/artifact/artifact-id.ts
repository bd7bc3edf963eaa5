/**
 * An artifact's id: 128 random bits as exactly 32 lowercase hex digits. The storage backends accept nothing
 * else, so an id can never name a path, a key prefix or anything but one blob.
 */
export const ARTIFACT_ID_PATTERN = /^[0-9a-f]{32}$/;

export const ARTIFACT_URI_PREFIX = 'custody://artifacts/';

export function isArtifactId(value: unknown): value is string {
  return typeof value === 'string' && ARTIFACT_ID_PATTERN.test(value);
}

/** `custody://artifacts/<id>`: what clients hold; opaque to them. */
export function artifactUriOf(artifactId: string): string {
  return `${ARTIFACT_URI_PREFIX}${artifactId}`;
}

/** The id inside an artifact URI, or null for anything that is not exactly `custody://artifacts/<32 hex>`. */
export function artifactIdOfUri(uri: string): string | null {
  if (!uri.startsWith(ARTIFACT_URI_PREFIX)) return null;
  const id = uri.slice(ARTIFACT_URI_PREFIX.length);
  return isArtifactId(id) ? id : null;
}
