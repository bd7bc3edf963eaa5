import { Logger } from '@nestjs/common';
import { isDatabaseUnavailable } from '../http/problem';

/**
 * Keeps a process alive through a database outage that a library let escape as an unhandled rejection (pg-boss 10
 * does not await its own `complete`/`fail` after a job handler: with PostgreSQL restarting, they reject unseen and
 * Node would exit). Such a rejection is logged as a warning: the job's lease and the takeover sweep settle the
 * job once the database is back. Any other unhandled rejection is a bug: logged, and the process exits as Node's
 * default would.
 */
export function surviveDatabaseOutages(name: string): void {
  const logger = new Logger(name);
  process.on('unhandledRejection', (reason) => {
    if (isDatabaseUnavailable(reason)) {
      logger.warn(`database unavailable (unawaited by a library): ${(reason as Error).message ?? String(reason)}`);
      return;
    }
    logger.error(`Unhandled rejection: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`);
    process.exit(1);
  });
}
