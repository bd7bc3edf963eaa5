import { createHash, randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { Persistence, createDataSource, platformPersistence, runMigrations } from '../database/data-source';

export interface TestDatabase {
  readonly url: string;
  drop(): Promise<void>;
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Template name from the migrations' names and code: a changed migration builds a new template. */
function templateName(parts: readonly Persistence[]): string {
  const hash = createHash('sha256');
  for (const p of [platformPersistence, ...parts])
    for (const m of p.migrations ?? []) hash.update(m.name).update(m.prototype.up.toString());
  return `custody_tpl_${hash.digest('hex').slice(0, 12)}`;
}

/**
 * A fresh database for one test file, cloned from a template migrated once per run (the clone takes a few
 * milliseconds; running every migration per file would not). Needs the PostgreSQL that Jest's global setup
 * started (or DATABASE_URL).
 */
export async function createTestDatabase(parts: readonly Persistence[] = []): Promise<TestDatabase> {
  const serverUrl = process.env.CUSTODY_TEST_PG_URL;
  if (!serverUrl)
    throw new Error('CUSTODY_TEST_PG_URL is not set: run tests through Jest (its global setup starts PostgreSQL).');
  const template = templateName(parts);
  const name = `custody_test_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    // Serialises template creation and cloning across Jest workers.
    await admin.query('SELECT pg_advisory_lock(727001)');
    try {
      const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
      if (exists.rowCount === 0) {
        const building = `${template}_building`;
        await admin.query(`DROP DATABASE IF EXISTS ${building}`);
        await admin.query(`CREATE DATABASE ${building}`);
        const dataSource = createDataSource(withDatabase(serverUrl, building), parts, 2);
        await dataSource.initialize();
        try {
          await runMigrations(dataSource);
        } finally {
          await dataSource.destroy();
        }
        await admin.query(`ALTER DATABASE ${building} RENAME TO ${template}`);
      }
      await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
    } finally {
      await admin.query('SELECT pg_advisory_unlock(727001)');
    }
  } finally {
    await admin.end();
  }
  return {
    url: withDatabase(serverUrl, name),
    drop: async () => {
      const c = new Client({ connectionString: serverUrl });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}
