/** Globus Auth client credentials (a confidential client acting as itself). */
export interface GlobusClientCredentials {
  readonly clientId: string;
  readonly clientSecret: string;
  /** Globus Auth's base URL, e.g. `https://auth.globus.org`. */
  readonly authUrl: string;
  readonly timeoutMs: number;
}

export const TRANSFER_SCOPE = 'urn:globus:auth:scope:transfer.api.globus.org:all';

/** Refresh this long before the token says it expires, so a request never carries a token that dies in flight. */
const EXPIRY_MARGIN_MS = 60_000;

export class GlobusAuthError extends Error {}

/**
 * Access tokens for the Transfer API by the client credentials grant (`POST /v2/oauth2/token`). One token is
 * shared by every request until it is about to expire or the Transfer API refuses it; concurrent callers wait for
 * the one refresh in flight. The secret only ever travels in the Basic authorization header.
 */
export class GlobusTokens {
  private token: { value: string; expiresAt: number } | null = null;
  private refreshing: Promise<string> | null = null;
  /** Token requests made (the tests check refreshes happen, and only when needed). */
  issued = 0;

  constructor(private readonly credentials: GlobusClientCredentials) {}

  async get(): Promise<string> {
    if (this.token && Date.now() < this.token.expiresAt - EXPIRY_MARGIN_MS) return this.token.value;
    return this.refresh();
  }

  /** Forgets `rejected` (the API said 401) and fetches a new token, unless another caller already did. */
  async renew(rejected: string): Promise<string> {
    if (this.token && this.token.value !== rejected) return this.token.value;
    this.token = null;
    return this.refresh();
  }

  private refresh(): Promise<string> {
    this.refreshing ??= this.request().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  private async request(): Promise<string> {
    const { clientId, clientSecret, authUrl, timeoutMs } = this.credentials;
    this.issued++;
    const response = await fetch(`${authUrl.replace(/\/+$/, '')}/v2/oauth2/token`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'application/json',
      },
      body: new URLSearchParams({ grant_type: 'client_credentials', scope: TRANSFER_SCOPE }).toString(),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const body = (await response.json().catch(() => null)) as {
      access_token?: string;
      expires_in?: number;
      error?: string;
    } | null;
    if (!response.ok || !body?.access_token) {
      throw new GlobusAuthError(
        `Globus Auth refused the client credentials: ${body?.error ?? `HTTP ${response.status}`}`,
      );
    }
    const lifetimeMs = Math.max(Number(body.expires_in ?? 0), 0) * 1000;
    this.token = { value: body.access_token, expiresAt: Date.now() + lifetimeMs };
    return body.access_token;
  }
}
