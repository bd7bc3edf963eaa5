import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client } from 'pg';
import { ChildProcess, spawn } from 'node:child_process';
import { freePort } from '../testing/app-process';
import { EmbeddedPostgresError, checkReachableAsPostgres, credentialsFileOf } from './embedded-postgres';

const REPO_ROOT = path.resolve(__dirname, '..', '..', '..', '..');

/** A started server, driven from its own Node process (the package is ESM-only: Jest cannot load it). */
interface Started {
  readonly url: string;
  readonly adminUrl: string;
  stop(): Promise<void>;
}

/**
 * Runs startEmbeddedPostgres in a child process; resolves with its URLs, or rejects with what it threw
 * (`name: message`, so the test sees the one sentence and the error's class).
 */
function startEmbeddedPostgres(options: { databaseDir: string; port: number; database?: string }): Promise<Started> {
  const script = `
    const { startEmbeddedPostgres } = require(${JSON.stringify(path.join(__dirname, 'embedded-postgres.ts'))});
    startEmbeddedPostgres(${JSON.stringify(options)}).then(
      (h) => {
        process.stdout.write(JSON.stringify({ url: h.url, adminUrl: h.adminUrl }) + '\\n');
        process.on('SIGTERM', () => h.stop().then(() => process.exit(0)));
      },
      (e) => { process.stdout.write(JSON.stringify({ error: e.name + ': ' + e.message }) + '\\n'); process.exit(1); },
    );`;
  const child: ChildProcess = spawn(process.execPath, ['-r', './tools/register.js', '-e', script], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (!line) return;
      const answer = JSON.parse(line) as { url: string; adminUrl: string; error?: string };
      if (answer.error) {
        const [name, ...rest] = answer.error.split(': ');
        reject(
          Object.assign(
            name === 'EmbeddedPostgresError' ? new EmbeddedPostgresError(rest.join(': ')) : new Error(answer.error),
          ),
        );
        return;
      }
      resolve({
        ...answer,
        stop: () =>
          new Promise<void>((done) => {
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
    child.once('exit', (code) => code !== 0 && reject(new Error(`the start exited with ${code}: ${out}`)));
  });
}

async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

describe('embedded PostgreSQL: random passwords, a service role without superuser, one-sentence failures', () => {
  let dir: string;
  let port: number;
  let handle: Started | undefined;
  const databaseDir = () => path.join(dir, 'pg');

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'custody-embedded-pg-'));
    fs.chmodSync(dir, 0o755);
    port = await freePort();
  });
  afterAll(async () => {
    await handle?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('generates passwords at first init (0600 beside the cluster) and serves as a role that is no superuser', async () => {
    handle = await startEmbeddedPostgres({ databaseDir: databaseDir(), port, database: 'custody' });
    const file = credentialsFileOf(databaseDir());
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const credentials = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(credentials.superuserPassword).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(credentials.servicePassword).not.toBe(credentials.superuserPassword);
    expect(handle.url).toContain(credentials.servicePassword);

    const [me] = await query<{ current_user: string; rolsuper: boolean; rolcreaterole: boolean }>(
      handle.url,
      `SELECT current_user, rolsuper, rolcreaterole FROM pg_roles WHERE rolname = current_user`,
    );
    expect(me).toEqual({ current_user: 'custody_service', rolsuper: false, rolcreaterole: false });
    // It owns its database, so migrations can create tables.
    await query(handle.url, `CREATE TABLE owned_by_service (id int)`);
    // The fixed password of old releases lets no one in.
    await expect(query(`postgres://custody:custody@127.0.0.1:${port}/custody`, 'SELECT 1')).rejects.toThrow(
      /password authentication failed/,
    );
    const sql = await query<{ rolname: string; rolsuper: boolean }>(
      handle.adminUrl,
      `SELECT rolname, rolsuper FROM pg_roles WHERE rolname LIKE 'custody%' ORDER BY 1`,
    );
    expect(sql).toEqual([
      { rolname: 'custody', rolsuper: true },
      { rolname: 'custody_service', rolsuper: false },
    ]);
  }, 120_000);

  it('reuses the cluster and its passwords at the next start', async () => {
    const before = fs.readFileSync(credentialsFileOf(databaseDir()), 'utf8');
    await handle!.stop();
    handle = await startEmbeddedPostgres({ databaseDir: databaseDir(), port, database: 'custody' });
    expect(fs.readFileSync(credentialsFileOf(databaseDir()), 'utf8')).toBe(before);
    expect(await query(handle.url, 'SELECT count(*)::int AS n FROM owned_by_service')).toEqual([{ n: 0 }]);
  }, 120_000);

  it('says in one sentence that the port is taken, naming CUSTODY_EMBEDDED_PG_PORT, before running initdb', async () => {
    const other = path.join(dir, 'other-pg');
    const error = await startEmbeddedPostgres({ databaseDir: other, port }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EmbeddedPostgresError);
    expect((error as Error).message).toMatch(new RegExp(`^Port ${port} .*CUSTODY_EMBEDDED_PG_PORT`));
    expect((error as Error).message.split('\n')).toHaveLength(1);
    expect(fs.existsSync(other)).toBe(false);
  });

  it('as root, stops before PostgreSQL when the postgres user cannot enter a folder, naming it and the fix', () => {
    const closed = fs.mkdtempSync(path.join(os.tmpdir(), 'custody-closed-'));
    try {
      fs.chmodSync(closed, 0o700);
      let error: unknown;
      try {
        checkReachableAsPostgres(path.join(closed, 'data', 'pg'), true);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(EmbeddedPostgresError);
      expect((error as Error).message).toContain(`cannot enter ${closed}`);
      expect((error as Error).message).toMatch(/chmod o\+x|DATABASE_URL/);
      // An enterable folder passes.
      fs.chmodSync(closed, 0o755);
      expect(() => checkReachableAsPostgres(path.join(closed, 'data', 'pg'), true)).not.toThrow();
    } finally {
      fs.rmSync(closed, { recursive: true, force: true });
    }
  });
});
