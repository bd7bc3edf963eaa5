/**
 * The CLI's only way to the service: HTTP with a bearer token. Deliberately imports nothing of ours (the
 * architecture rule for apps/cli); response shapes are declared here as the CLI reads them.
 */

export type Fetch = typeof globalThis.fetch;

export interface Principal {
  readonly principalId: string;
  readonly name: string;
  readonly roles: readonly string[];
  readonly groups: readonly string[];
}

export interface CreatedPrincipal extends Principal {
  readonly token: string;
}

export interface ProjectionStatus {
  readonly name: string;
  readonly position: string;
  readonly lagEvents: number;
  readonly lagSeconds: number;
}

/** A failed call, as the API's `application/problem+json` (or a stand-in for transport failures). */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    readonly detail: string,
    /** HTTP status; 0 when the server could not be reached. */
    readonly status: number,
  ) {
    super(`${code}: ${detail}`);
    this.name = 'ApiError';
  }
}

export interface ApiClientOptions {
  readonly url: string;
  readonly token?: string;
  readonly fetch?: Fetch;
}

async function readBody(res: Response): Promise<unknown> {
  const text = await res.text();
  if (text === '') return undefined;
  const type = res.headers.get('content-type') ?? '';
  if (/[/+]json\b/i.test(type)) {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return text;
}

/** Turns an error answer into ApiError: the problem's code and detail, or the status when it is not one. */
export function toApiError(status: number, statusText: string, body: unknown): ApiError {
  if (body && typeof body === 'object') {
    const p = body as { code?: unknown; detail?: unknown; title?: unknown };
    if (typeof p.code === 'string') {
      const detail = typeof p.detail === 'string' ? p.detail : typeof p.title === 'string' ? p.title : statusText;
      return new ApiError(p.code, detail, status);
    }
  }
  const text = typeof body === 'string' ? body.trim().slice(0, 300) : '';
  return new ApiError(`HTTP${status}`, text || statusText || 'request failed', status);
}

export class ApiClient {
  private readonly base: string;
  private readonly fetch: Fetch;

  constructor(private readonly options: ApiClientOptions) {
    this.base = options.url.replace(/\/+$/, '');
    this.fetch = options.fetch ?? globalThis.fetch;
  }

  get hasToken(): boolean {
    return !!this.options.token;
  }

  async request<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
    if (this.options.token) headers.authorization = `Bearer ${this.options.token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    let res: Response;
    try {
      res = await this.fetch(`${this.base}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (error) {
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      const reason = cause?.code ?? cause?.message ?? (error as Error).message;
      throw new ApiError('ConnectionFailed', `cannot reach ${this.base} (${reason})`, 0);
    }
    const payload = await readBody(res);
    if (!res.ok) throw toApiError(res.status, res.statusText, payload);
    return payload as T;
  }

  whoami(): Promise<Principal> {
    return this.request('GET', '/v1/principals/me');
  }

  async listProjections(): Promise<ProjectionStatus[]> {
    const page = await this.request<{ items: ProjectionStatus[] }>('GET', '/v1/projections');
    return page.items;
  }

  rebuildProjection(name: string): Promise<{ name: string; eventsProcessed: number }> {
    return this.request('POST', `/v1/projections/${encodeURIComponent(name)}/rebuild`);
  }

  createPrincipal(input: {
    name: string;
    roles: readonly string[];
    groups: readonly string[];
  }): Promise<CreatedPrincipal> {
    return this.request('POST', '/v1/principals', input);
  }
}
