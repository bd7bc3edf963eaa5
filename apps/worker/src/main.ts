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
import { isSupervisedWorker, superviseWorkers, supervisedGate, tellSupervisor } from './standby';

async function main(): Promise<void> {
  const logger = new Logger('worker');
  surviveDatabaseOutages('worker');
  const config = loadConfig();
  const supervised = isSupervisedWorker();
  if (config.workerStandbys > 0 && !supervised) {
    // The supervisor: it only starts the database (when embedded) and its two workers.
    const database = await openDatabase(config, (m) => logger.log(m));
    await superviseWorkers(database.url, config.workerStandbys, config.shutdownGraceMs);
    await database.stop();
    process.exit(0);
  }
  const gate = supervised ? supervisedGate() : undefined;
  let running = false;
  if (gate) {
    // Until it runs (a standby waiting, or booting), a signal or the supervisor's end simply ends it: it holds no job.
    const endUnlessRunning = () => !running && process.exit(0);
    process.on('SIGTERM', endUnlessRunning);
    process.on('SIGINT', endUnlessRunning);
    process.on('disconnect', endUnlessRunning);
  }
  const database = await openDatabase(config, (m) => logger.log(m));
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, database.url, { gate }), {
    bufferLogs: true,
  });
  app.useLogger(app.get(CustodyLogger));
  await app.init();
  const metrics = await serveMetrics(app.get(PlatformMetrics), config.workerMetricsPort, config.host);
  logger.log(
    `custody worker running (process ${process.pid}): projections, materializations, acquisitions; metrics at http://${config.host}:${metrics.port}/metrics`,
  );

  const stop = async () => {
    await metrics.close();
    await app.close();
    await database.stop();
  };
  running = true;
  tellSupervisor({ type: 'serving' });
  stopOnSignal('worker', config.shutdownGraceMs, stop);
  // A supervised worker whose supervisor is gone (killed with the host's service) stops as on SIGTERM.
  if (supervised) process.once('disconnect', () => process.kill(process.pid, 'SIGTERM'));
}

main().catch((error) => {
  // eslint-disable-next-line no-console
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
