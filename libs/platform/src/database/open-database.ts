import * as path from 'node:path';
import { CustodyConfig } from '../config/config';
import { EmbeddedPostgresError, startEmbeddedPostgres } from './embedded-postgres';

export interface OpenedDatabase {
  readonly url: string;
  /** True when this process started the embedded server (and must stop it). */
  readonly embedded: boolean;
  stop(): Promise<void>;
}

/** DATABASE_URL when given; otherwise a real PostgreSQL from `embedded-postgres` under `<dataDir>/pg`. */
export async function openDatabase(
  config: CustodyConfig,
  log: (message: string) => void = () => undefined,
): Promise<OpenedDatabase> {
  if (config.databaseUrl) return { url: config.databaseUrl, embedded: false, stop: async () => undefined };
  const databaseDir = path.join(config.dataDir, 'pg');
  log(`Starting embedded PostgreSQL in ${databaseDir} on port ${config.embeddedPostgresPort}`);
  // PostgreSQL's own chatter (initdb, checkpoints) is kept back and shown only if the start fails.
  const chatter: string[] = [];
  let handle;
  try {
    handle = await startEmbeddedPostgres({
      databaseDir,
      port: config.embeddedPostgresPort,
      log: (m) => m && chatter.push(m),
    });
  } catch (error) {
    // A known cause is said in one sentence; PostgreSQL's own output only helps with an unknown one.
    if (!(error instanceof EmbeddedPostgresError)) {
      log(`Embedded PostgreSQL did not start:\n${chatter.slice(-40).join('\n')}`);
    }
    throw error;
  }
  return { url: handle.url, embedded: true, stop: () => handle.stop() };
}
