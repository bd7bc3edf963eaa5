import * as path from 'node:path';
import { z } from 'zod';

const GiB = 1024 * 1024 * 1024;

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
  CUSTODY_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  CUSTODY_PROJECTION_POLL_MS: z.coerce.number().int().min(50).default(5000),
  CUSTODY_DB_POOL_SIZE: z.coerce.number().int().min(2).max(200).default(20),
  CUSTODY_SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(10000),
});

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
  readonly logLevel: z.infer<typeof envSchema>['CUSTODY_LOG_LEVEL'];
  readonly projectionPollMs: number;
  readonly dbPoolSize: number;
  readonly shutdownGraceMs: number;
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
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(cwd, e.CUSTODY_DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    embeddedPostgresPort: e.CUSTODY_EMBEDDED_PG_PORT,
    adminToken: e.CUSTODY_ADMIN_TOKEN,
    publicUrl: (e.CUSTODY_PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    maxArtifactBytes: e.CUSTODY_MAX_ARTIFACT_BYTES,
    logLevel: e.CUSTODY_LOG_LEVEL,
    projectionPollMs: e.CUSTODY_PROJECTION_POLL_MS,
    dbPoolSize: e.CUSTODY_DB_POOL_SIZE,
    shutdownGraceMs: e.CUSTODY_SHUTDOWN_GRACE_MS,
  };
}

/** Nest injection token for the validated configuration. */
export const CUSTODY_CONFIG = Symbol('CUSTODY_CONFIG');
