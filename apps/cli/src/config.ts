import * as fs from 'node:fs';
import * as path from 'node:path';

export const DEFAULT_URL = 'http://localhost:3000';
/** Where `npm start` (default CUSTODY_DATA_DIR) writes the first administrator's token. */
export const ADMIN_TOKEN_FILE = path.join('.custody', 'admin-token');

export interface CliConfig {
  readonly url: string;
  readonly token?: string;
  /** Where the token came from, for error hints. */
  readonly tokenSource: 'flag' | 'env' | 'file' | 'none';
}

/** Flags win over the environment; without either, the token in `./.custody/admin-token` is used if present. */
export function resolveConfig(
  flags: { url?: string; token?: string },
  env: Record<string, string | undefined>,
  cwd: string,
): CliConfig {
  const url = flags.url || env.CUSTODY_URL || DEFAULT_URL;
  if (!/^https?:\/\/[^/]/i.test(url)) throw new Error(`--url / CUSTODY_URL must be an http(s) URL, got "${url}"`);
  if (flags.token) return { url, token: flags.token, tokenSource: 'flag' };
  if (env.CUSTODY_TOKEN) return { url, token: env.CUSTODY_TOKEN, tokenSource: 'env' };
  const file = path.join(cwd, ADMIN_TOKEN_FILE);
  let token = '';
  try {
    token = fs.readFileSync(file, 'utf8').trim();
  } catch {
    // No file (or unreadable): go on without a token; the API answers Unauthenticated where one is needed.
  }
  return token ? { url, token, tokenSource: 'file' } : { url, tokenSource: 'none' };
}
