import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { CUSTODY_CONFIG, CustodyConfig, DATABASE_URL } from '@custody/platform';
import PgBoss from 'pg-boss';
import { EntityManager } from 'typeorm';

/** Jobs whose retries ran out land here; the dead-letter worker records them Failed, visible through the API. */
export const MATERIALIZATION_DEAD_LETTERS = 'materialize.dead';

/** NOTIFY channel (payload: the queue's name) that wakes the workers serving a queue when a job is queued. */
export const MATERIALIZATION_JOBS_CHANNEL = 'custody_materialization_jobs';

export interface MaterializationJobData {
  readonly materializationId: string;
  /** How many times this materialization's job was taken over from a worker that died holding it. */
  readonly takeovers?: number;
}

/** pg-boss's own schema (the default; the constructor below does not change it). */
export const PG_BOSS_SCHEMA = 'pgboss';

/**
 * The materialization jobs on pg-boss, in the service's own PostgreSQL. One queue per tier pair (the source's
 * and the target's tier): a worker subscribes only to pairs it reaches. pg-boss leases a job for the configured
 * lease, retries it with exponential backoff, and moves it to the dead-letter queue when retries run out.
 */
@Injectable()
export class MaterializationQueue implements OnApplicationShutdown {
  private readonly logger = new Logger('materializations');
  private started: Promise<PgBoss> | undefined;
  private readonly knownQueues = new Set<string>();

  constructor(
    @Inject(DATABASE_URL) private readonly databaseUrl: string,
    @Inject(CUSTODY_CONFIG) private readonly config: CustodyConfig,
  ) {}

  /** The started pg-boss; only the worker supervises (expires leases, archives). */
  boss(supervise = false): Promise<PgBoss> {
    this.started ??= (async () => {
      const jobs = this.config.transferJobs;
      const boss = new PgBoss({
        connectionString: this.databaseUrl,
        max: 4,
        application_name: 'custody-jobs',
        supervise,
        schedule: false,
        maintenanceIntervalSeconds: jobs.maintenanceSeconds,
      });
      boss.on('error', (error) => this.logger.warn(`pg-boss: ${error.message}`));
      await boss.start();
      await boss.createQueue(MATERIALIZATION_DEAD_LETTERS, { name: MATERIALIZATION_DEAD_LETTERS });
      return boss;
    })();
    return this.started;
  }

  async ensureQueue(name: string): Promise<void> {
    if (this.knownQueues.has(name)) return;
    const boss = await this.boss();
    const jobs = this.config.transferJobs;
    await boss.createQueue(name, {
      name,
      policy: 'standard',
      retryLimit: jobs.retryLimit,
      retryDelay: jobs.retryDelaySeconds,
      retryBackoff: true,
      expireInSeconds: jobs.leaseSeconds,
      deadLetter: MATERIALIZATION_DEAD_LETTERS,
    });
    this.knownQueues.add(name);
  }

  /**
   * Queues a slice of a materialization's work. With `manager`, the job is inserted in that transaction, so it
   * exists exactly when the events that call for it were committed. The first job's id is the materialization's.
   */
  async enqueue(
    queue: string,
    data: MaterializationJobData,
    options: { manager?: EntityManager; id?: string; startAfterSeconds?: number } = {},
  ): Promise<void> {
    await this.ensureQueue(queue);
    const boss = await this.boss();
    const jobs = this.config.transferJobs;
    const manager = options.manager;
    await boss.send(queue, data as unknown as object, {
      ...(options.id ? { id: options.id } : {}),
      ...(options.startAfterSeconds ? { startAfter: options.startAfterSeconds } : {}),
      retryLimit: jobs.retryLimit,
      retryDelay: jobs.retryDelaySeconds,
      retryBackoff: true,
      expireInSeconds: jobs.leaseSeconds,
      deadLetter: MATERIALIZATION_DEAD_LETTERS,
      ...(manager
        ? {
            db: {
              executeSql: async (text: string, values: unknown[]) => ({ rows: await manager.query(text, values) }),
            },
          }
        : {}),
    });
    // Delivered at commit (or at once, outside a transaction): idle workers fetch now instead of at their next poll.
    const notify = [MATERIALIZATION_JOBS_CHANNEL, queue];
    if (manager) await manager.query(`SELECT pg_notify($1, $2)`, notify);
    else await boss.getDb().executeSql(`SELECT pg_notify($1, $2)`, notify);
  }

  /**
   * Replaces an active job whose worker is gone (the caller holds the materialization's lock, so nobody drives it)
   * by a fresh one, in the caller's transaction: the orphan is cancelled and its continuation queued together, so
   * either both happen or neither. A fresh job starts at once, with its retries intact: a worker killed is not a
   * failure of the job, and pg-boss's own path (the lease's expiry, then a backoff) would leave it waiting for
   * the whole lease. Returns false when the job was no longer active (it completed or failed meanwhile).
   */
  async takeOver(
    job: { readonly id: string; readonly name: string; readonly data: MaterializationJobData },
    manager: EntityManager,
  ): Promise<boolean> {
    const boss = await this.boss();
    const db = { executeSql: async (text: string, values: unknown[]) => ({ rows: await manager.query(text, values) }) };
    // pg-boss's typings say void; it answers { affected } (jobs it cancelled).
    const { affected } = (await boss.cancel(job.name, job.id, { db })) as unknown as { affected: number };
    if (affected === 0) return false;
    const data: MaterializationJobData = {
      materializationId: job.data.materializationId,
      takeovers: (job.data.takeovers ?? 0) + 1,
    };
    await this.enqueue(job.name, data, { manager });
    return true;
  }

  async onApplicationShutdown(): Promise<void> {
    const started = this.started;
    this.started = undefined;
    if (started) await (await started).stop({ graceful: false, wait: true }).catch(() => undefined);
  }
}
