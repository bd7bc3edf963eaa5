/**
 * The dashboard's only way to custody: the public REST API on this origin, with the signed-in token (kept in
 * session storage, so it is gone when the tab closes). Response shapes follow the OpenAPI document
 * (api-types.ts is generated from it).
 */

const TOKEN_KEY = 'custody.token';

export function storedToken(): string | null {
  return sessionStorage.getItem(TOKEN_KEY);
}

export function storeToken(token: string | null): void {
  if (token) sessionStorage.setItem(TOKEN_KEY, token);
  else sessionStorage.removeItem(TOKEN_KEY);
}

/** An error answer of the API (application/problem+json), or a transport failure (status 0). */
export class ProblemError extends Error {
  constructor(
    readonly code: string,
    readonly detail: string,
    readonly status: number,
  ) {
    super(`${code}: ${detail}`);
  }
}

export function query(params: Record<string, string | number | undefined | null>): string {
  const entries = Object.entries(params).filter(
    (e): e is [string, string | number] => e[1] !== undefined && e[1] !== null && e[1] !== '',
  );
  return entries.length ? `?${new URLSearchParams(entries.map(([k, v]): [string, string] => [k, String(v)]))}` : '';
}

async function call<T>(method: string, path: string, body?: unknown, token = storedToken()): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch (error) {
    throw new ProblemError('ConnectionFailed', `the API did not answer (${(error as Error).message})`, 0);
  }
  const text = await res.text();
  let payload: unknown;
  try {
    payload = text ? JSON.parse(text) : undefined;
  } catch {
    payload = text;
  }
  if (!res.ok) {
    const p = (payload ?? {}) as { code?: string; detail?: string };
    throw new ProblemError(p.code ?? `HTTP${res.status}`, p.detail ?? res.statusText, res.status);
  }
  return payload as T;
}

export const api = {
  get: <T>(path: string, token?: string) => call<T>('GET', path, undefined, token),
  post: <T>(path: string, body: unknown = {}) => call<T>('POST', path, body),
  /** Fetches bytes with the token (an artifact download) and hands them to the browser as a file. */
  async download(path: string, filename: string): Promise<void> {
    const token = storedToken();
    const res = await fetch(path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    if (!res.ok) {
      const p = (await res.json().catch(() => ({}))) as { code?: string; detail?: string };
      throw new ProblemError(p.code ?? `HTTP${res.status}`, p.detail ?? res.statusText, res.status);
    }
    const url = URL.createObjectURL(await res.blob());
    const a = document.createElement('a');
    a.href = url;
    a.download = filename;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  },
};

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface Principal {
  principalId: string;
  name: string;
  roles: string[];
  groups: string[];
}

/** What the signed-in principal may do; the views show write buttons only where it may. */
export function canCommand(me: Principal | null): boolean {
  return !!me && (me.roles.includes('admin') || me.roles.includes('operator'));
}
