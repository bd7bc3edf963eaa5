import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const DEFAULT_URL = 'http://localhost:3000';
/** Where `npm start` (default CUSTODY_DATA_DIR) writes the first administrator's token. */
export const ADMIN_TOKEN_FILE = path.join('.custody', 'admin-token');

export interface CliConfig {
  readonly url: string;
  readonly token?: string;
  /** Where the token came from, for error hints. */
  readonly tokenSource: 'flag' | 'env' | 'login' | 'file' | 'none';
}

/** What `custody login` stores: `~/.config/custody/config.json` (or `$XDG_CONFIG_HOME/custody`), mode 0600. */
export interface StoredLogin {
  readonly url: string;
  readonly token: string;
}

export function loginFile(env: Record<string, string | undefined>): string {
  const base = env.XDG_CONFIG_HOME || path.join(env.HOME || os.homedir(), '.config');
  return path.join(base, 'custody', 'config.json');
}

export function readLogin(env: Record<string, string | undefined>): StoredLogin | undefined {
  try {
    const stored = JSON.parse(fs.readFileSync(loginFile(env), 'utf8')) as Partial<StoredLogin>;
    return typeof stored.url === 'string' && typeof stored.token === 'string'
      ? { url: stored.url, token: stored.token }
      : undefined;
  } catch {
    return undefined;
  }
}

/** Writes the login with 0600 from the first byte (the token must never be readable by others, even briefly). */
export function writeLogin(env: Record<string, string | undefined>, login: StoredLogin): string {
  const file = loginFile(env);
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, `${JSON.stringify(login, null, 2)}\n`, { mode: 0o600 });
  fs.chmodSync(temp, 0o600);
  fs.renameSync(temp, file);
  return file;
}

export function removeLogin(env: Record<string, string | undefined>): boolean {
  try {
    fs.unlinkSync(loginFile(env));
    return true;
  } catch {
    return false;
  }
}

export function checkUrl(url: string): string {
  if (!/^https?:\/\/[^/]/i.test(url)) throw new Error(`--url / CUSTODY_URL must be an http(s) URL, got "${url}"`);
  return url;
}

/**
 * Flags win over the environment (CUSTODY_URL, CUSTODY_TOKEN), which wins over `custody login`'s file; without
 * any, the token in `./.custody/admin-token` (what `npm start` wrote) is used if present.
 */
export function resolveConfig(
  flags: { url?: string; token?: string },
  env: Record<string, string | undefined>,
  cwd: string,
): CliConfig {
  const login = readLogin(env);
  const url = checkUrl(flags.url || env.CUSTODY_URL || login?.url || DEFAULT_URL);
  if (flags.token) return { url, token: flags.token, tokenSource: 'flag' };
  if (env.CUSTODY_TOKEN) return { url, token: env.CUSTODY_TOKEN, tokenSource: 'env' };
  if (login) return { url, token: login.token, tokenSource: 'login' };
  const file = path.join(cwd, ADMIN_TOKEN_FILE);
  let token = '';
  try {
    token = fs.readFileSync(file, 'utf8').trim();
  } catch {
    // No file (or unreadable): go on without a token; the API answers Unauthenticated where one is needed.
  }
  return token ? { url, token, tokenSource: 'file' } : { url, tokenSource: 'none' };
}
