import { DataSource, EntitySchema, MigrationInterface } from 'typeorm';
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
