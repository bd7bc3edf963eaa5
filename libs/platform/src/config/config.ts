import * as path from 'node:path';
import { z } from 'zod';

const GiB = 1024 * 1024 * 1024;

const DOI_PREFIX = /^10\.\d{4,9}(\.\d+)*$/;
const HANDLE_PREFIX = /^[^\s/]+$/;
const DEFAULT_DOI_PREFIX = '10.5072';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FDT_SERVER = String.raw`[^=,\s]+=[A-Za-z0-9.-]+(:\d{1,5})?`;
const FDT_SERVERS = new RegExp(`^${FDT_SERVER}(,${FDT_SERVER})*$`);

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  CUSTODY_DATA_DIR: z.string().min(1).default('./.custody'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  CUSTODY_EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  CUSTODY_ADMIN_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  CUSTODY_PUBLIC_URL: z.url().optional(),
  CUSTODY_MAX_ARTIFACT_BYTES: z.coerce.number().int().positive().default(GiB),
  CUSTODY_S3_ENDPOINT: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
  CUSTODY_S3_BUCKET: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be an S3 bucket name (3-63 of a-z 0-9 . -)')
    .optional(),
  CUSTODY_S3_REGION: z.string().min(1).optional(),
  CUSTODY_S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  CUSTODY_S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  CUSTODY_S3_FORCE_PATH_STYLE: z.enum(['true', 'false'], { error: 'must be true or false' }).optional(),
  CUSTODY_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  CUSTODY_PROJECTION_POLL_MS: z.coerce.number().int().min(50).default(5000),
  CUSTODY_DB_POOL_SIZE: z.coerce.number().int().min(2).max(200).default(20),
  CUSTODY_SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(10000),
  CUSTODY_FILE_TIER_ROOTS: z
    .string()
    .optional()
    .refine((v) => v === undefined || v.split(':').every((p) => p === '' || p.startsWith('/')), {
      error: 'must be absolute paths separated by ":"',
    }),
  CUSTODY_HTTPS_ALLOW_PRIVATE: z.enum(['true', 'false'], { error: 'must be true or false' }).default('false'),
  CUSTODY_VERIFY_TIMEOUT_MS: z.coerce.number().int().min(1).max(3600000).default(30000),
  CUSTODY_DOI_PREFIX: z.string().regex(DOI_PREFIX, 'must be a DOI prefix such as 10.5072').optional(),
  CUSTODY_HANDLE_PREFIX: z
    .string()
    .regex(HANDLE_PREFIX, 'must be a Handle prefix such as 20.500.12345 (no slash, no spaces)')
    .default('20.500.12345'),
  CUSTODY_DATACITE_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
  CUSTODY_DATACITE_REPOSITORY_ID: z.string().min(1).optional(),
  CUSTODY_DATACITE_PASSWORD: z.string().min(1).optional(),
  CUSTODY_DATACITE_PREFIX: z.string().regex(DOI_PREFIX, 'must be a DOI prefix such as 10.5072').optional(),
  CUSTODY_DATACITE_TIMEOUT_MS: z.coerce.number().int().min(1).max(60000).default(10000),
  // Transfers (issue 13): Globus by client credentials, FDT as a subprocess.
  CUSTODY_GLOBUS_CLIENT_ID: z.string().regex(UUID, 'must be a Globus Auth client id (a UUID)').optional(),
  CUSTODY_GLOBUS_CLIENT_SECRET: z.string().min(1).optional(),
  CUSTODY_GLOBUS_AUTH_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
  CUSTODY_GLOBUS_TRANSFER_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
  CUSTODY_FDT_COMMAND: z.string().trim().min(1).default('java -jar fdt.jar'),
  CUSTODY_FDT_SERVERS: z
    .string()
    .regex(FDT_SERVERS, 'must be a comma-separated list of <target tier id>=<host>[:<port>]')
    .optional(),
  CUSTODY_FDT_STREAMS: z.coerce.number().int().min(1).max(64).default(4),
  CUSTODY_PROJECTION_LAG_BOUND_SECONDS: z.coerce.number().min(1).default(300),
  CUSTODY_WORKER_METRICS_PORT: z.coerce.number().int().min(0).max(65535).default(9464),
  CUSTODY_WORKER_STANDBYS: z.coerce.number().int().min(0).max(8).default(0),
  CUSTODY_WORKER_TIERS: z
    .string()
    .regex(/^\s*[^,\s][^,]*(,\s*[^,\s][^,]*)*\s*$/, 'must be a comma-separated list of tier names or ids')
    .optional(),
  CUSTODY_TRANSFER_LEASE_SECONDS: z.coerce.number().int().min(2).max(3600).default(60),
  CUSTODY_TRANSFER_RETRY_LIMIT: z.coerce.number().int().min(0).max(100).default(10),
  CUSTODY_TRANSFER_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).max(3600).default(2),
  CUSTODY_TRANSFER_POLL_MAX_MS: z.coerce.number().int().min(10).max(600000).default(5000),
  CUSTODY_JOB_MAINTENANCE_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  CUSTODY_JOB_POLL_SECONDS: z.coerce.number().min(0.5).max(60).default(2),
  CUSTODY_TRANSFER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
  CUSTODY_WEB_DIR: z.string().min(1).optional(),
});

/** How the materialization job runs on pg-boss (CUSTODY_WORKER_TIERS, CUSTODY_TRANSFER_*, CUSTODY_JOB_*). */
export interface TransferJobConfig {
  /** The tiers (names or ids) this worker reaches; unset: every `file` tier whose root exists on this host. */
  readonly workerTiers: readonly string[] | undefined;
  /** How long a worker holds a job before another may take it over (a killed worker's job resumes after this). */
  readonly leaseSeconds: number;
  readonly retryLimit: number;
  readonly retryDelaySeconds: number;
  /** The longest pause between two observations of a running transfer (backoff grows up to it). */
  readonly observeMaxIntervalMs: number;
  /** How often pg-boss expires abandoned leases and archives finished jobs. */
  readonly maintenanceSeconds: number;
  /** How often an idle worker asks its queues for work. */
  readonly pollSeconds: number;
  /** Materializations one worker drives at once per tier pair. */
  readonly concurrency: number;
}

/** A DataCite repository account (CUSTODY_DATACITE_*): when set, DOIs are minted there. */
export interface DataCiteConfig {
  readonly url: string;
  readonly repositoryId: string;
  readonly password: string;
  /** The repository's DOI prefix; it is also the prefix custody mints DOIs under. */
  readonly prefix: string;
  readonly timeoutMs: number;
}

export interface CustodyConfig {
  readonly port: number;
  readonly host: string;
  /** Absolute path of the data directory (embedded PostgreSQL, artifacts, admin token). */
  readonly dataDir: string;
  /** Set when an external PostgreSQL is used; otherwise the embedded one is started. */
  readonly databaseUrl: string | undefined;
  readonly embeddedPostgresPort: number;
  readonly adminToken: string | undefined;
  readonly publicUrl: string;
  readonly maxArtifactBytes: number;
  /** Set when artifacts are stored in S3 (CUSTODY_S3_*); otherwise in files under `<dataDir>/artifacts`. */
  readonly s3: S3Config | undefined;
  readonly logLevel: z.infer<typeof envSchema>['CUSTODY_LOG_LEVEL'];
  readonly projectionPollMs: number;
  readonly dbPoolSize: number;
  readonly shutdownGraceMs: number;
  /** /health/ready reports a projection whose oldest unprocessed event is older than this as down. */
  readonly projectionLagBoundSeconds: number;
  /** Where the worker serves GET /metrics (it has no other HTTP). */
  readonly workerMetricsPort: number;
  /**
   * CUSTODY_WORKER_STANDBYS (0: none): the worker process supervises the one that works and keeps this many more
   * booted and idle, one of which takes over at once when the working one dies.
   */
  readonly workerStandbys: number;
  /** A checksum verification (file or https) making no progress for this long attests Unreachable. */
  readonly verifyTimeoutMs: number;
  /** CUSTODY_FILE_TIER_ROOTS: when set, a file tier's root must lie at or under one of these folders. */
  readonly fileTierRoots: readonly string[] | undefined;
  /** CUSTODY_HTTPS_ALLOW_PRIVATE: the https verifier may read from loopback, link-local and private addresses. */
  readonly httpsAllowPrivate: boolean;
  /** Prefixes of the persistent identifiers custody assigns (`<prefix>/<suffix>`). */
  readonly persistentIdPrefixes: { readonly DOI: string; readonly Handle: string };
  /** Set when DOIs are minted by DataCite; otherwise the stub minter accepts them. */
  readonly datacite: DataCiteConfig | undefined;
  /** Set when transfers to and from `globus` tiers may run (CUSTODY_GLOBUS_*). */
  readonly globus: GlobusConfig | undefined;
  readonly fdt: FdtConfig;
  readonly transferJobs: TransferJobConfig;
  /** The built dashboard the API serves at `/` (CUSTODY_WEB_DIR; default: the repository's apps/web/dist). */
  readonly webDir: string | undefined;
}

/** A Globus Auth confidential client (CUSTODY_GLOBUS_*) that submits Transfer API tasks as itself. */
export interface GlobusConfig {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly authUrl: string;
  readonly transferUrl: string;
}

/** The FDT client (CUSTODY_FDT_*): its command, and the FDT server that writes each target tier. */
export interface FdtConfig {
  /** argv of the client, e.g. `['java', '-jar', 'fdt.jar']`. */
  readonly command: readonly string[];
  /** By target tier id. */
  readonly servers: Readonly<Record<string, { readonly host: string; readonly port: number | undefined }>>;
  readonly streams: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the environment once, at start. A wrong value fails fast with every problem listed. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): CustodyConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const e = parsed.data;
  const datacite = dataCiteConfig(e);
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(cwd, e.CUSTODY_DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    embeddedPostgresPort: e.CUSTODY_EMBEDDED_PG_PORT,
    adminToken: e.CUSTODY_ADMIN_TOKEN,
    publicUrl: (e.CUSTODY_PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    maxArtifactBytes: e.CUSTODY_MAX_ARTIFACT_BYTES,
    s3: s3Config(e),
    logLevel: e.CUSTODY_LOG_LEVEL,
    projectionPollMs: e.CUSTODY_PROJECTION_POLL_MS,
    dbPoolSize: e.CUSTODY_DB_POOL_SIZE,
    shutdownGraceMs: e.CUSTODY_SHUTDOWN_GRACE_MS,
    projectionLagBoundSeconds: e.CUSTODY_PROJECTION_LAG_BOUND_SECONDS,
    workerMetricsPort: e.CUSTODY_WORKER_METRICS_PORT,
    workerStandbys: e.CUSTODY_WORKER_STANDBYS,
    verifyTimeoutMs: e.CUSTODY_VERIFY_TIMEOUT_MS,
    fileTierRoots: e.CUSTODY_FILE_TIER_ROOTS?.split(':')
      .filter((p) => p !== '')
      .map((p) => path.resolve(p)),
    httpsAllowPrivate: e.CUSTODY_HTTPS_ALLOW_PRIVATE === 'true',
    persistentIdPrefixes: {
      DOI: datacite?.prefix ?? e.CUSTODY_DOI_PREFIX ?? DEFAULT_DOI_PREFIX,
      Handle: e.CUSTODY_HANDLE_PREFIX,
    },
    datacite,
    globus: globusConfig(e),
    fdt: {
      command: e.CUSTODY_FDT_COMMAND.split(/\s+/),
      servers: Object.fromEntries(
        (e.CUSTODY_FDT_SERVERS ?? '')
          .split(',')
          .filter(Boolean)
          .map((entry) => {
            const [tier, address] = entry.split('=');
            const [host, port] = address.split(':');
            return [tier, { host, port: port === undefined ? undefined : Number(port) }];
          }),
      ),
      streams: e.CUSTODY_FDT_STREAMS,
    },
    transferJobs: {
      workerTiers: e.CUSTODY_WORKER_TIERS?.split(',')
        .map((t) => t.trim())
        .filter((t) => t.length > 0),
      leaseSeconds: e.CUSTODY_TRANSFER_LEASE_SECONDS,
      retryLimit: e.CUSTODY_TRANSFER_RETRY_LIMIT,
      retryDelaySeconds: e.CUSTODY_TRANSFER_RETRY_DELAY_SECONDS,
      observeMaxIntervalMs: e.CUSTODY_TRANSFER_POLL_MAX_MS,
      maintenanceSeconds: e.CUSTODY_JOB_MAINTENANCE_SECONDS,
      pollSeconds: e.CUSTODY_JOB_POLL_SECONDS,
      concurrency: e.CUSTODY_TRANSFER_CONCURRENCY,
    },
    webDir: e.CUSTODY_WEB_DIR ? path.resolve(cwd, e.CUSTODY_WEB_DIR) : undefined,
  };
}

/** The client id and secret come together; the URLs default to Globus's own services. */
function globusConfig(e: z.infer<typeof envSchema>): GlobusConfig | undefined {
  const id = e.CUSTODY_GLOBUS_CLIENT_ID;
  const secret = e.CUSTODY_GLOBUS_CLIENT_SECRET;
  const urls = e.CUSTODY_GLOBUS_AUTH_URL !== undefined || e.CUSTODY_GLOBUS_TRANSFER_URL !== undefined;
  if (id === undefined && secret === undefined) {
    if (urls) {
      throw new ConfigError([
        'CUSTODY_GLOBUS_AUTH_URL / CUSTODY_GLOBUS_TRANSFER_URL: set but CUSTODY_GLOBUS_CLIENT_ID and _SECRET are not',
      ]);
    }
    return undefined;
  }
  if (id === undefined || secret === undefined) {
    const missing = id === undefined ? 'CUSTODY_GLOBUS_CLIENT_ID' : 'CUSTODY_GLOBUS_CLIENT_SECRET';
    throw new ConfigError([`${missing}: required with the other Globus client credential`]);
  }
  return {
    clientId: id,
    clientSecret: secret,
    authUrl: (e.CUSTODY_GLOBUS_AUTH_URL ?? 'https://auth.globus.org').replace(/\/+$/, ''),
    transferUrl: (e.CUSTODY_GLOBUS_TRANSFER_URL ?? 'https://transfer.api.globus.org/v0.10').replace(/\/+$/, ''),
  };
}

/**
 * CUSTODY_DATACITE_URL switches DOI minting to DataCite; it then needs the repository, its password and its
 * prefix, and that prefix is the one DOIs are minted under (a different CUSTODY_DOI_PREFIX is a mistake).
 */
function dataCiteConfig(e: z.infer<typeof envSchema>): DataCiteConfig | undefined {
  const problems: string[] = [];
  if (!e.CUSTODY_DATACITE_URL) {
    for (const name of [
      'CUSTODY_DATACITE_REPOSITORY_ID',
      'CUSTODY_DATACITE_PASSWORD',
      'CUSTODY_DATACITE_PREFIX',
    ] as const) {
      if (e[name] !== undefined)
        problems.push(`${name}: is set but CUSTODY_DATACITE_URL is not (DataCite needs all four)`);
    }
    if (problems.length > 0) throw new ConfigError(problems);
    return undefined;
  }
  for (const name of [
    'CUSTODY_DATACITE_REPOSITORY_ID',
    'CUSTODY_DATACITE_PASSWORD',
    'CUSTODY_DATACITE_PREFIX',
  ] as const) {
    if (e[name] === undefined) problems.push(`${name}: required when CUSTODY_DATACITE_URL is set`);
  }
  if (e.CUSTODY_DATACITE_PREFIX && e.CUSTODY_DOI_PREFIX && e.CUSTODY_DOI_PREFIX !== e.CUSTODY_DATACITE_PREFIX) {
    problems.push(
      `CUSTODY_DOI_PREFIX: ${e.CUSTODY_DOI_PREFIX} differs from CUSTODY_DATACITE_PREFIX ${e.CUSTODY_DATACITE_PREFIX}; with DataCite, DOIs are minted under the repository's prefix (unset CUSTODY_DOI_PREFIX)`,
    );
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    url: e.CUSTODY_DATACITE_URL.replace(/\/+$/, ''),
    repositoryId: e.CUSTODY_DATACITE_REPOSITORY_ID as string,
    password: e.CUSTODY_DATACITE_PASSWORD as string,
    prefix: e.CUSTODY_DATACITE_PREFIX as string,
    timeoutMs: e.CUSTODY_DATACITE_TIMEOUT_MS,
  };
}

/** An S3 bucket for artifacts (CUSTODY_S3_*). */
export interface S3Config {
  /** Unset for AWS itself; set for any other S3-compatible service. */
  readonly endpoint: string | undefined;
  readonly bucket: string;
  readonly region: string;
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly forcePathStyle: boolean;
}

const S3_REQUIRED = [
  'CUSTODY_S3_BUCKET',
  'CUSTODY_S3_REGION',
  'CUSTODY_S3_ACCESS_KEY_ID',
  'CUSTODY_S3_SECRET_ACCESS_KEY',
] as const;
const S3_OPTIONAL = ['CUSTODY_S3_ENDPOINT', 'CUSTODY_S3_FORCE_PATH_STYLE'] as const;

/**
 * The S3 group is all or nothing: once any CUSTODY_S3_* is set, bucket, region and both keys are required
 * (the endpoint only for a service other than AWS; path-style addressing defaults to off).
 */
function s3Config(e: z.infer<typeof envSchema>): S3Config | undefined {
  const set = [...S3_REQUIRED, ...S3_OPTIONAL].filter((name) => e[name] !== undefined);
  if (set.length === 0) return undefined;
  const missing = S3_REQUIRED.filter((name) => e[name] === undefined);
  if (missing.length > 0) {
    throw new ConfigError(missing.map((name) => `${name}: required when ${set.join(', ')} is set (S3 needs all four)`));
  }
  return {
    endpoint: e.CUSTODY_S3_ENDPOINT?.replace(/\/+$/, ''),
    bucket: e.CUSTODY_S3_BUCKET as string,
    region: e.CUSTODY_S3_REGION as string,
    accessKeyId: e.CUSTODY_S3_ACCESS_KEY_ID as string,
    secretAccessKey: e.CUSTODY_S3_SECRET_ACCESS_KEY as string,
    forcePathStyle: e.CUSTODY_S3_FORCE_PATH_STYLE === 'true',
  };
}

/** Nest injection token for the validated configuration. */
export const CUSTODY_CONFIG = Symbol('CUSTODY_CONFIG');
