import { Principal } from './principal';
import { hashToken } from './tokens';

/** How long a token check is reused: bounds how late another API instance sees a disable or a rotation. */
export const PRINCIPAL_CACHE_TTL_MS = 2000;
const MAX_ENTRIES = 10_000;

interface Entry {
  readonly principal: Principal;
  readonly expiresAt: number;
}

/**
 * A short-lived cache of token checks, so a request does not pay a database round trip for its bearer token.
 * Keyed by the token's hash (no token is kept in memory in plain text). Only hits are cached: a new token works
 * at once. Whoever disables a principal or rotates its token calls `invalidate(principalId)`, which takes effect
 * at once in this process and within the TTL in the others.
 */
/** Provided by a factory (its constructor takes plain values, not injectables). */
export class PrincipalCache {
  private readonly entries = new Map<string, Entry>();
  private readonly loading = new Map<string, Promise<Principal | undefined>>();

  constructor(
    private readonly ttlMs = PRINCIPAL_CACHE_TTL_MS,
    private readonly now: () => number = Date.now,
  ) {}

  async authenticate(
    token: string,
    load: (token: string) => Promise<Principal | undefined>,
  ): Promise<Principal | undefined> {
    const key = hashToken(token);
    const hit = this.entries.get(key);
    if (hit && hit.expiresAt > this.now()) return hit.principal;
    if (hit) this.entries.delete(key);
    // Requests that miss together share one lookup: at every expiry all connections of a client miss at once,
    // and each would otherwise pay its own round trip.
    const inFlight = this.loading.get(key);
    if (inFlight) return inFlight;
    const lookup = this.lookUp(key, token, load).finally(() => {
      if (this.loading.get(key) === lookup) this.loading.delete(key);
    });
    this.loading.set(key, lookup);
    return lookup;
  }

  private async lookUp(
    key: string,
    token: string,
    load: (token: string) => Promise<Principal | undefined>,
  ): Promise<Principal | undefined> {
    const generation = this.generation;
    const principal = await load(token);
    // An invalidation that ran while the lookup was in flight may have answered for the old row: keep nothing.
    if (principal && generation === this.generation) {
      if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
      this.entries.set(key, { principal, expiresAt: this.now() + this.ttlMs });
    }
    return principal;
  }

  /** Forgets every cached check of this principal (call it after disabling it or rotating its token). */
  invalidate(principalId: string): void {
    this.generation += 1;
    // A lookup in flight may answer for the old row: requests from now on start their own.
    this.loading.clear();
    for (const [key, entry] of this.entries) if (entry.principal.principalId === principalId) this.entries.delete(key);
  }

  clear(): void {
    this.generation += 1;
    this.loading.clear();
    this.entries.clear();
  }

  private generation = 0;
}
