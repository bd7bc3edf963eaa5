/** Ports for the two impure things every decision needs. Implementations live in the platform. */
export interface Clock {
  /** ISO 8601 UTC instant ending in `Z`. */
  now(): string;
}

export interface IdGenerator {
  /** A new UUIDv7 (time-ordered) string. */
  newId(): string;
}

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID_PATTERN.test(value);
}

const HEX_BYTES = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

/**
 * Formats a UUIDv7 (RFC 9562) from a millisecond timestamp and ten random bytes. Pure: the caller supplies
 * time and randomness.
 */
export function formatUuidV7(unixMillis: number, random: Uint8Array): string {
  if (random.length < 10) throw new RangeError('formatUuidV7 needs 10 random bytes');
  const bytes = new Uint8Array(16);
  let ms = Math.floor(unixMillis);
  for (let i = 5; i >= 0; i--) {
    bytes[i] = ms % 256;
    ms = Math.floor(ms / 256);
  }
  bytes.set(random.subarray(0, 10), 6);
  bytes[6] = 0x70 | (bytes[6] & 0x0f);
  bytes[8] = 0x80 | (bytes[8] & 0x3f);
  let hex = '';
  for (const b of bytes) hex += HEX_BYTES[b];
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
