import * as path from 'node:path';
import { z } from 'zod';

const GiB = 1024 * 1024 * 1024;

const DOI_PREFIX = /^10\.\d{4,9}(\.\d+)*$/;
const HANDLE_PREFIX = /^[^\s/]+$/;
const DEFAULT_DOI_PREFIX = '10.5072';

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
  CUSTODY_WEB_DIR: z.string().min(1).optional(),
});

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
  /** A checksum verification (file or https) making no progress for this long attests Unreachable. */
  readonly verifyTimeoutMs: number;
  /** Prefixes of the persistent identifiers custody assigns (`<prefix>/<suffix>`). */
  readonly persistentIdPrefixes: { readonly DOI: string; readonly Handle: string };
  /** Set when DOIs are minted by DataCite; otherwise the stub minter accepts them. */
  readonly datacite: DataCiteConfig | undefined;
  /** The built dashboard the API serves at `/` (CUSTODY_WEB_DIR; default: the repository's apps/web/dist). */
  readonly webDir: string | undefined;
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
    verifyTimeoutMs: e.CUSTODY_VERIFY_TIMEOUT_MS,
    persistentIdPrefixes: {
      DOI: datacite?.prefix ?? e.CUSTODY_DOI_PREFIX ?? DEFAULT_DOI_PREFIX,
      Handle: e.CUSTODY_HANDLE_PREFIX,
    },
    datacite,
    webDir: e.CUSTODY_WEB_DIR ? path.resolve(cwd, e.CUSTODY_WEB_DIR) : undefined,
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
