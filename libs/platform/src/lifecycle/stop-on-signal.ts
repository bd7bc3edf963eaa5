import { Logger } from '@nestjs/common';

/**
 * Stops the process gracefully on SIGINT or SIGTERM: runs `stop` once (close the app, then the database),
 * and exits anyway if that takes longer than `graceMs`.
 */
export function stopOnSignal(name: string, graceMs: number, stop: () => Promise<void>): void {
  const logger = new Logger(name);
  let stopping = false;
  const onSignal = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal}: shutting down`);
    const force = setTimeout(() => {
      logger.error(`Shutdown took longer than ${graceMs} ms; exiting`);
      process.exit(1);
    }, graceMs).unref();
    try {
      await stop();
      clearTimeout(force);
      process.exit(0);
    } catch (error) {
      logger.error(`Shutdown failed: ${(error as Error).message}`);
      process.exit(1);
    }
  };
  process.on('SIGINT', (s) => void onSignal(s));
  process.on('SIGTERM', (s) => void onSignal(s));
}
