import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigError, loadConfig, openDatabase, stopOnSignal } from '@custody/platform';
import { Logger as PinoLogger } from 'nestjs-pino';
import { WorkerModule } from './worker.module';

async function main(): Promise<void> {
  const logger = new Logger('worker');
  const config = loadConfig();
  const database = await openDatabase(config, (m) => logger.log(m));
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, database.url), {
    bufferLogs: true,
  });
  app.useLogger(app.get(PinoLogger));
  await app.init();
  logger.log('custody worker running: projections, materializations');

  stopOnSignal('worker', config.shutdownGraceMs, async () => {
    await app.close();
    await database.stop();
  });
}

main().catch((error) => {
  // eslint-disable-next-line no-console
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
