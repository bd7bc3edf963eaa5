import { createHash, randomBytes } from 'node:crypto';

/** Bearer tokens carry 256 random bits; being unguessable, a fast hash is enough to store them safely. */
export function newToken(): string {
  return `cus_${randomBytes(32).toString('base64url')}`;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
