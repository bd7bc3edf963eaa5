import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown, Optional } from '@nestjs/common';
import { Client } from 'pg';
import { CUSTODY_CONFIG, CustodyConfig } from '../config/config';
import { NOTIFY_CHANNEL } from '../event-store/event-store';
import { DATABASE_URL } from '../database/tokens';
import { BACKGROUND_WORK_GATE, BackgroundWorkGate } from '../lifecycle/background-work-gate';
import { ProjectionRunner } from './projection-runner';

const RETRY_MIN_MS = 20;
const RETRY_MAX_MS = 1000;

/**
 * Keeps every projection current in the worker: LISTEN/NOTIFY wakes it on each commit, a slow poll is the
 * fallback when a notification is lost (or the listening connection is down).
 */
@Injectable()
export class ProjectionDaemon implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ProjectionDaemon.name);
  private client: Client | undefined;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private dirty = false;
  private stopped = false;
  private retry: NodeJS.Timeout | undefined;
  private retryDelayMs = RETRY_MIN_MS;

  constructor(
    private readonly runner: ProjectionRunner,
    @Inject(CUSTODY_CONFIG) private readonly config: CustodyConfig,
    @Inject(DATABASE_URL) private readonly databaseUrl: string,
    @Optional() @Inject(BACKGROUND_WORK_GATE) private readonly gate: BackgroundWorkGate | null,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.gate?.opened();
    await this.listen();
    this.timer = setInterval(() => this.wake(), this.config.projectionPollMs);
    this.wake();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    if (this.retry) clearTimeout(this.retry);
    await this.running;
    await this.client?.end().catch(() => undefined);
  }

  private async listen(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({ connectionString: this.databaseUrl, application_name: 'custody-projections' });
    client.on('notification', () => this.wake());
    client.on('error', (error) => {
      // 57P01 admin_shutdown: PostgreSQL is stopping (Ctrl-C reaches the embedded server too); expected, not a fault.
      const shuttingDown = (error as { code?: string }).code === '57P01';
      const message = `Notification connection lost (${error.message}); polling until it is back`;
      if (shuttingDown || this.stopped) this.logger.log(message);
      else this.logger.warn(message);
      this.client = undefined;
      setTimeout(() => void this.listen().catch(() => undefined), 1000).unref();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${NOTIFY_CHANNEL}`);
      this.client = client;
      // Whatever was committed while we were not listening.
      this.wake();
    } catch (error) {
      this.logger.warn(`Could not LISTEN (${(error as Error).message}); retrying`);
      await client.end().catch(() => undefined);
      setTimeout(() => void this.listen().catch(() => undefined), 1000).unref();
    }
  }

  /** Coalesces wake-ups: at most one catch-up runs, and one more follows if woken meanwhile. */
  private wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.dirty = true;
      return;
    }
    this.running = (async () => {
      do {
        this.dirty = false;
        try {
          await this.runner.catchUpAll();
          // Committed events held back behind a transaction still open elsewhere: look again soon, backing off.
          if (await this.runner.hasPending()) this.retrySoon();
          else this.retryDelayMs = RETRY_MIN_MS;
        } catch (error) {
          this.logger.error(`Projection catch-up failed: ${(error as Error).message}`);
        }
      } while (this.dirty && !this.stopped);
    })().finally(() => {
      this.running = undefined;
    });
  }

  private retrySoon(): void {
    if (this.retry || this.stopped) return;
    this.retry = setTimeout(() => {
      this.retry = undefined;
      this.wake();
    }, this.retryDelayMs);
    this.retryDelayMs = Math.min(RETRY_MAX_MS, this.retryDelayMs * 2);
  }
}
