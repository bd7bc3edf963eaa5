/**
 * The CLI's only way to the service: HTTP with a bearer token. Deliberately imports nothing of ours (the
 * architecture rule for apps/cli); response shapes are declared here as the CLI reads them.
 */

import * as http from 'node:http';
import * as https from 'node:https';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export type Fetch = typeof globalThis.fetch;
/** What a request body may be (fetch's own BodyInit, named here because the DOM lib is not loaded). */
export type RequestBody = NonNullable<RequestInit['body']>;

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

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A query string from the defined values only. */
export function query(params: Record<string, string | number | undefined>): string {
  const entries = Object.entries(params).filter((e): e is [string, string | number] => e[1] !== undefined);
  return entries.length
    ? `?${new URLSearchParams(entries.map(([k, v]): [string, string] => [k, String(v)])).toString()}`
    : '';
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

  get url(): string {
    return this.base;
  }

  /** A raw call: the Response as it came, for streamed bodies. Transport failures become ConnectionFailed. */
  async send(method: HttpMethod, path: string, init: { headers?: Record<string, string>; body?: RequestBody } = {}) {
    const headers: Record<string, string> = { ...init.headers };
    if (this.options.token) headers.authorization = `Bearer ${this.options.token}`;
    try {
      return await this.fetch(`${this.base}${path}`, {
        method,
        headers,
        body: init.body,
      });
    } catch (error) {
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      const reason = cause?.code ?? cause?.message ?? (error as Error).message;
      throw new ApiError('ConnectionFailed', `cannot reach ${this.base} (${reason})`, 0);
    }
  }

  /**
   * Sends a request whose body is a stream, through node:http so the body is read only as fast as the socket
   * takes it; answers the parsed JSON body (or throws the problem).
   */
  async stream(method: HttpMethod, path: string, body: Readable, headers: Record<string, string>): Promise<unknown> {
    const url = new URL(`${this.base}${path}`);
    const request = (url.protocol === 'https:' ? https : http).request;
    const auth: Record<string, string> = this.options.token ? { authorization: `Bearer ${this.options.token}` } : {};
    return new Promise((resolve, reject) => {
      const req = request(url, { method, headers: { ...headers, ...auth } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let payload: unknown = text;
          try {
            payload = text ? JSON.parse(text) : undefined;
          } catch {
            payload = text;
          }
          const status = res.statusCode ?? 0;
          if (status >= 200 && status < 300) resolve(payload);
          else reject(toApiError(status, res.statusMessage ?? '', payload));
        });
      });
      req.on('error', (error: NodeJS.ErrnoException) => {
        reject(new ApiError('ConnectionFailed', `cannot reach ${this.base} (${error.code ?? error.message})`, 0));
      });
      // An early answer (413, 401) ends the upload: the server closes, and its answer is what counts.
      pipeline(body, req).catch(() => undefined);
    });
  }

  /** Throws the problem of an error answer. */
  static async ensureOk(res: Response): Promise<Response> {
    if (!res.ok) throw toApiError(res.status, res.statusText, await readBody(res));
    return res;
  }

  async request<T>(method: HttpMethod, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
    const res = await this.send(method, path, {
      headers: {
        accept: 'application/json, application/problem+json',
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const payload = await readBody(res);
    if (!res.ok) throw toApiError(res.status, res.statusText, payload);
    return payload as T;
  }

  get<T>(path: string): Promise<T> {
    return this.request('GET', path);
  }

  post<T>(path: string, body: unknown = {}): Promise<T> {
    return this.request('POST', path, body);
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
