import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import {
  ConfigError,
  CustodyLogger,
  PlatformMetrics,
  loadConfig,
  openDatabase,
  serveMetrics,
  stopOnSignal,
  surviveDatabaseOutages,
} from '@custody/platform';
import { WorkerModule } from './worker.module';

async function main(): Promise<void> {
  const logger = new Logger('worker');
  surviveDatabaseOutages('worker');
  const config = loadConfig();
  const database = await openDatabase(config, (m) => logger.log(m));
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, database.url), {
    bufferLogs: true,
  });
  app.useLogger(app.get(CustodyLogger));
  await app.init();
  const metrics = await serveMetrics(app.get(PlatformMetrics), config.workerMetricsPort, config.host);
  logger.log(
    `custody worker running: projections, materializations, acquisitions; metrics at http://${config.host}:${metrics.port}/metrics`,
  );

  stopOnSignal('worker', config.shutdownGraceMs, async () => {
    await metrics.close();
    await app.close();
    await database.stop();
  });
}

main().catch((error) => {
  // eslint-disable-next-line no-console
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
