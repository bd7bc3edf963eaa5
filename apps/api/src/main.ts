import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigError, loadConfig, openDatabase, stopOnSignal } from '@custody/platform';
import { createApiApp } from './bootstrap';

async function main(): Promise<void> {
  const logger = new Logger('api');
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
  // eslint-disable-next-line no-console
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
