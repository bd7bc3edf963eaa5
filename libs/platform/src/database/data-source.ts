import { DataSource, EntitySchema, MigrationInterface } from 'typeorm';
import { isDatabaseUnavailable } from '../http/problem';
import { Platform1764000000000 } from './migrations/1764000000000-platform';
import { LockAndLoadStream1764100000010 } from './migrations/1764100000010-lock-and-load-stream';
import { PrincipalDisable1764900000000 } from './migrations/1764900000000-principal-disable';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type EntityClass = string | (abstract new (...args: any[]) => unknown) | EntitySchema<any>;
export type MigrationClass = new () => MigrationInterface;

/** What a bounded context brings to the shared database: its read-model entities and its migrations. */
export interface Persistence {
  readonly entities?: readonly EntityClass[];
  readonly migrations?: readonly MigrationClass[];
}

export const platformPersistence: Persistence = {
  migrations: [Platform1764000000000, LockAndLoadStream1764100000010, PrincipalDisable1764900000000],
};

export function createDataSource(url: string, parts: readonly Persistence[], poolSize = 20): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: parts.flatMap((p) => p.entities ?? []) as EntityClass[],
    migrations: [platformPersistence, ...parts].flatMap((p) => p.migrations ?? []) as MigrationClass[],
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'all',
    synchronize: false,
    logging: false,
    extra: { max: poolSize, application_name: 'custody' },
  });
}

/**
 * Runs pending migrations under an advisory lock, so the API and the workers starting together against one
 * database never race each other.
 */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query(`SELECT pg_advisory_lock(7263354)`);
    try {
      const applied = await dataSource.runMigrations({ transaction: 'all' });
      return applied.map((m) => m.name);
    } finally {
      await runner.query(`SELECT pg_advisory_unlock(7263354)`);
    }
  } finally {
    await runner.release();
  }
}

/** How long a process starting while PostgreSQL is away (restarting, failing over) waits for it before giving up. */
export const DATABASE_STARTUP_WAIT_MS = 120_000;
const STARTUP_RETRY_MIN_MS = 100;
const STARTUP_RETRY_MAX_MS = 2000;

/**
 * Connects and runs the pending migrations, waiting for a PostgreSQL that is not reachable yet: a worker restarted
 * while the database restarts would otherwise exit at once and leave its host without a worker until something
 * starts it again. Only a connection failure is waited out; any other error (a wrong password, a failed
 * migration) fails the start at once, and so does an unreachable database after `waitMs`.
 */
export async function openDataSource(
  url: string,
  parts: readonly Persistence[],
  options: { poolSize?: number; waitMs?: number; log?: (message: string) => void } = {},
): Promise<DataSource> {
  const waitMs = options.waitMs ?? DATABASE_STARTUP_WAIT_MS;
  const deadline = Date.now() + waitMs;
  let delay = STARTUP_RETRY_MIN_MS;
  for (let attempt = 1; ; attempt++) {
    const dataSource = createDataSource(url, parts, options.poolSize);
    try {
      await dataSource.initialize();
      await runMigrations(dataSource);
      if (attempt > 1) options.log?.(`PostgreSQL reachable after ${attempt} attempts`);
      return dataSource;
    } catch (error) {
      if (dataSource.isInitialized) await dataSource.destroy().catch(() => undefined);
      if (!isDatabaseUnavailable(error) || Date.now() + delay > deadline) throw error;
      if (attempt === 1) {
        options.log?.(
          `PostgreSQL is not reachable (${(error as Error).message}); waiting for it, up to ${Math.round(waitMs / 1000)} s`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, STARTUP_RETRY_MAX_MS);
    }
  }
}
