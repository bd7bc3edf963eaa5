import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import {
  ConfigError,
  EmbeddedPostgresError,
  loadConfig,
  openDatabase,
  stopOnSignal,
  surviveDatabaseOutages,
} from '@custody/platform';
import { createApiApp } from './bootstrap';

async function main(): Promise<void> {
  const logger = new Logger('api');
  surviveDatabaseOutages('api');
  const config = loadConfig();
  const database = await openDatabase(config, (m) => logger.log(m));
  const app = await createApiApp(config, database.url);
  await app.listen(config.port, config.host);
  logger.log(
    `custody API listening on ${config.publicUrl} (docs at ${config.publicUrl}/docs, MCP at ${config.publicUrl}/mcp)`,
  );

  stopOnSignal('api', config.shutdownGraceMs, async () => {
    await app.close();
    await database.stop();
  });
}

main().catch((error) => {
  const portTaken = (error as NodeJS.ErrnoException)?.code === 'EADDRINUSE';
  // eslint-disable-next-line no-console
  console.error(
    portTaken
      ? `Port ${loadConfig().port} for the API is already in use (another custody?): set PORT to a free port.`
      : error instanceof ConfigError || error instanceof EmbeddedPostgresError
        ? error.message
        : error,
  );
  process.exit(1);
});
