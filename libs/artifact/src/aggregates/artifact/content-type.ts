/** RFC 9110 `token`: what a media type's type and subtype are made of. */
const TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
const ESSENCE = new RegExp(`^(${TOKEN})/(${TOKEN})$`);
const MAX_LENGTH = 255;

export const DEFAULT_CONTENT_TYPE = 'application/octet-stream';

/**
 * The content type recorded for a deposit: the part's `type/subtype`, lowercased, without parameters (a
 * charset or anything else a client sent is dropped, so what is served is exactly what was recorded); anything
 * missing, malformed or absurdly long is `application/octet-stream`.
 */
export function sanitizeContentType(raw: string | undefined | null): string {
  if (raw === undefined || raw === null) return DEFAULT_CONTENT_TYPE;
  const essence = raw.split(';', 1)[0].trim();
  if (essence.length === 0 || essence.length > MAX_LENGTH) return DEFAULT_CONTENT_TYPE;
  const match = ESSENCE.exec(essence);
  return match ? `${match[1]}/${match[2]}`.toLowerCase() : DEFAULT_CONTENT_TYPE;
}

/** True for what `sanitizeContentType` can produce. */
export function isSanitizedContentType(value: string): boolean {
  return value.length <= MAX_LENGTH && ESSENCE.test(value) && value === value.toLowerCase();
}
