import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown, Optional } from '@nestjs/common';
import { isDomainError } from '@custody/kernel';
import {
  AggregateRepository,
  BACKGROUND_WORK_GATE,
  BackgroundWorkGate,
  CUSTODY_CONFIG,
  CommandMeta,
  CustodyConfig,
  DATABASE_URL,
} from '@custody/platform';
import {
  ActingPrincipal,
  DISTRIBUTION_REGISTRAR,
  DistributionRegistrar,
  STORAGE_CATALOGUE,
  StorageCatalogue,
  TierFacts,
} from '@custody/ports';
import { Client } from 'pg';
import PgBoss from 'pg-boss';
import { DataSource } from 'typeorm';
import {
  MATERIALIZATION_STREAM,
  MaterializationError,
  TransferSummary,
} from '../../aggregates/materialization/materialization.events';
import { evolveMaterialization } from '../../aggregates/materialization/materialization.evolve';
import {
  RequestedMaterialization,
  attestationKeyOf,
  initialMaterializationState,
  isFinished,
  registrationKeyOf,
  transferKeyOf,
} from '../../aggregates/materialization/materialization.state';
import { queueOfTiers } from '../../aggregates/materialization/materialization-target';
import { TRANSFER_PORTS, TransferPorts } from '../../transfer/create-transfer-ports';
import {
  TERMINAL_TRANSFER_STATES,
  TransferFailureCode,
  TransferHandle,
  TransferProgress,
  TransferRequest,
} from '../../transfer/transfer.port';
import { MaterializationJobStep, materializationJobDecider } from './materialization-job.decider';
import { MaterializationProgressStore } from './materialization-progress.store';
import {
  MATERIALIZATION_DEAD_LETTERS,
  MATERIALIZATION_JOBS_CHANNEL,
  MaterializationJobData,
  MaterializationQueue,
  PG_BOSS_SCHEMA,
} from './materialization-queue';

/** The job acts as this principal in the data context (the requester's own role was checked at request time). */
export const MATERIALIZATION_JOB_PRINCIPAL: ActingPrincipal = {
  principalId: '00000000-0000-7000-8000-00000000a713',
  name: 'materialization-job',
  roles: ['operator'],
};

const FAILURE_CODES: readonly TransferFailureCode[] = [
  'TransferEndpointUnreachable',
  'TransferAccessDenied',
  'TransferRejected',
  'TransferPartial',
  'TargetCopyMismatch',
];
const FIRST_OBSERVE_DELAY_MS = 100;
const OBSERVE_BACKOFF = 1.6;
const TIER_REFRESH_MS = 10_000;
/** How often a worker looks for jobs of its queues held by a worker that is gone. */
const ORPHAN_SWEEP_MS = 1000;
/**
 * An active job younger than this is not looked at: its worker may not have taken the materialization's lock yet.
 * Taking over a job whose worker is alive after all costs one extra job that finds nothing to do, never a
 * second transfer (the lock and the stream's steps guard those).
 */
const ORPHAN_GRACE_SECONDS = 2;
/** Past this many takeovers the job fails the ordinary way (backoff, then the dead-letter queue): a job that kills every worker it lands on must end. */
const MAX_TAKEOVERS = 25;

/**
 * The pause before the next observation: the backoff, but no later than the adapter's own estimate of when it
 * will be done (a transfer moving at a known rate is looked at again when it should have finished, not up to a
 * whole backoff interval after). Never shorter than 200 ms.
 */
export function nextObservationIn(progress: TransferProgress, backoffMs: number): number {
  const { state, bytesTotal, bytesMoved, bytesPerSecond } = progress;
  if (state !== 'Active' || !bytesTotal || !bytesPerSecond || bytesPerSecond <= 0) return backoffMs;
  const etaMs = ((bytesTotal - bytesMoved) / bytesPerSecond) * 1000;
  return Math.max(Math.min(etaMs, backoffMs), Math.min(200, backoffMs));
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function failureCodeOf(error: unknown): TransferFailureCode | null {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (FAILURE_CODES as readonly string[]).includes(code)
    ? (code as TransferFailureCode)
    : null;
}

function errorOf(error: unknown): MaterializationError {
  if (isDomainError(error)) return { code: error.code, detail: error.message };
  const code = failureCodeOf(error);
  return { code: code ?? 'TransferEndpointUnreachable', detail: (error as Error)?.message ?? String(error) };
}

function summaryOf(p: TransferProgress): TransferSummary {
  return {
    state: p.state as TransferSummary['state'],
    bytesMoved: p.bytesMoved,
    bytesTotal: p.bytesTotal,
    filesTotal: p.filesTotal,
    filesMoved: p.filesMoved,
    filesSkipped: p.filesSkipped,
    filesFailed: p.filesFailed,
    partial: p.partial,
    observed: p.observed,
  };
}

function transferRequestOf(m: RequestedMaterialization): TransferRequest {
  return {
    idempotencyKey: transferKeyOf(m.materializationId),
    source: m.source,
    target: m.target,
    kind: m.kind,
    expected: m.expected,
  };
}

/**
 * The worker's side of materializations. Subscribes to the queue of every pair of tiers this host reaches
 * (CUSTODY_WORKER_TIERS, or every file tier whose root exists here; rescanned every 10 s), and drives each job:
 * begin → observe (backoff up to CUSTODY_TRANSFER_POLL_MAX_MS, never a busy loop) → register the copy →
 * attest it → Verified. Every step's key derives from the materialization id, stored before any step runs, and
 * each outcome is recorded on the stream before the next step, so a worker killed at any point resumes where the
 * stream says without a second transfer, Distribution or attestation. One job holds a lease for its slice; a
 * longer transfer queues its own continuation; a session advisory lock keeps two workers off one materialization.
 */
@Injectable()
export class MaterializationJobRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('materializations');
  /** pg-boss worker ids by queue, to wake them when a job is queued there. */
  private readonly subscribed = new Map<string, string[]>();
  private listener: Client | undefined;
  private timer: NodeJS.Timeout | undefined;
  private stopping = false;
  private refreshing: Promise<void> | undefined;
  private sweepTimer: NodeJS.Timeout | undefined;
  private sweeping: Promise<number> | undefined;

  constructor(
    private readonly queue: MaterializationQueue,
    private readonly aggregates: AggregateRepository,
    private readonly progress: MaterializationProgressStore,
    @Inject(TRANSFER_PORTS) private readonly ports: TransferPorts,
    @Inject(STORAGE_CATALOGUE) private readonly catalogue: StorageCatalogue,
    @Inject(DISTRIBUTION_REGISTRAR) private readonly registrar: DistributionRegistrar,
    @Inject(CUSTODY_CONFIG) private readonly config: CustodyConfig,
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(DATABASE_URL) private readonly databaseUrl: string,
    @Optional() @Inject(BACKGROUND_WORK_GATE) private readonly gate: BackgroundWorkGate | null,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.gate?.opened();
    const boss = await this.queue.boss(true);
    await boss.work<MaterializationJobData>(
      MATERIALIZATION_DEAD_LETTERS,
      { pollingIntervalSeconds: Math.max(this.config.transferJobs.pollSeconds, 1) },
      async (jobs) => {
        for (const job of jobs) await this.abandon(job.data.materializationId);
      },
    );
    await this.listen();
    await this.refresh();
    this.timer = setInterval(() => void this.refresh().catch((e) => this.logger.warn(e.message)), TIER_REFRESH_MS);
    this.timer.unref();
    // At once (a worker restarted after a kill takes its own orphans back now, not a lease later), then steadily.
    void this.sweepOrphans().catch((e: Error) => this.logger.warn(`orphan sweep: ${e.message}`));
    this.sweepTimer = setInterval(
      () => void this.sweepOrphans().catch((e: Error) => this.logger.warn(`orphan sweep: ${e.message}`)),
      ORPHAN_SWEEP_MS,
    );
    this.sweepTimer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearInterval(this.timer);
    if (this.sweepTimer) clearInterval(this.sweepTimer);
    await this.sweeping?.catch(() => undefined);
    await this.listener?.end().catch(() => undefined);
  }

  /** LISTEN for queued jobs; without it (connection lost) the workers still poll every CUSTODY_JOB_POLL_SECONDS. */
  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.databaseUrl, application_name: 'custody-materializations' });
    client.on('error', (error) => {
      // 57P01 admin_shutdown: PostgreSQL is stopping (Ctrl-C reaches the embedded server too); expected, not a fault.
      const message = `Job notifications lost (${error.message}); polling only`;
      if ((error as { code?: string }).code === '57P01' || this.stopping) this.logger.log(message);
      else this.logger.warn(message);
      this.listener = undefined;
    });
    client.on('notification', (message) => {
      const ids = this.subscribed.get(message.payload ?? '');
      // A queue this worker does not serve yet: perhaps a tier it reaches was just registered.
      if (!ids) return void this.refresh().catch((e: Error) => this.logger.warn(e.message));
      void this.queue.boss(true).then((boss) => ids.forEach((id) => boss.notifyWorker(id)));
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${MATERIALIZATION_JOBS_CHANNEL}`);
      this.listener = client;
    } catch (error) {
      this.logger.warn(`Could not LISTEN for jobs (${(error as Error).message}); polling only`);
      await client.end().catch(() => undefined);
    }
  }

  /** Subscribes to the queues of tier pairs this host reaches that it does not serve yet. */
  refresh(): Promise<void> {
    this.refreshing ??= this.subscribeNewPairs().finally(() => (this.refreshing = undefined));
    return this.refreshing;
  }

  /** The tiers this worker reaches. */
  async servedTiers(): Promise<TierFacts[]> {
    const tiers = await this.catalogue.listTiers();
    const named = this.config.transferJobs.workerTiers;
    if (named) return tiers.filter((t) => named.includes(t.name) || named.includes(t.tierId));
    return tiers.filter((t) => {
      if (t.accessProtocol !== 'file') return false;
      try {
        return existsSync(fileURLToPath(t.rootUri));
      } catch {
        return false;
      }
    });
  }

  private async subscribeNewPairs(): Promise<void> {
    if (this.stopping) return;
    const tiers = await this.servedTiers();
    const boss = await this.queue.boss(true);
    const jobs = this.config.transferJobs;
    for (let i = 0; i < tiers.length; i++) {
      for (let j = i + 1; j < tiers.length; j++) {
        const name = queueOfTiers(tiers[i].tierId, tiers[j].tierId);
        if (this.subscribed.has(name)) continue;
        const ids: string[] = [];
        this.subscribed.set(name, ids);
        await this.queue.ensureQueue(name);
        for (let k = 0; k < jobs.concurrency; k++) {
          const id = await boss.work<MaterializationJobData>(
            name,
            { pollingIntervalSeconds: jobs.pollSeconds, includeMetadata: true, batchSize: 1 },
            async ([job]) => this.runSlice(job),
          );
          ids.push(id);
        }
      }
    }
  }

  /** One leased slice of a materialization's work. */
  async runSlice(job: PgBoss.JobWithMetadata<MaterializationJobData>): Promise<void> {
    const materializationId = job.data.materializationId;
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      const [{ locked }] = await runner.query(`SELECT pg_try_advisory_lock(hashtextextended($1, 713)) AS locked`, [
        materializationId,
      ]);
      if (!locked) {
        // Another session drives it now. Completing this job would leave nothing queued should that session die
        // before the end (or fail a job that is this very one, expired and retried: pg-boss ignores a failure
        // reported for a completed job). So unless it is finished, a continuation comes back to look.
        const { state: m } = await this.load(materializationId);
        if (m.exists && !isFinished(m.state)) {
          await this.queue.enqueue(job.name, { materializationId }, { startAfterSeconds: 1 });
        }
        return;
      }
      try {
        const leaseMs = job.expireInSeconds * 1000;
        const deadline = Date.now() + Math.max(leaseMs - Math.min(10_000, leaseMs / 3), 500);
        await this.drive(materializationId, deadline);
      } catch (error) {
        if (job.retryCount >= job.retryLimit) {
          await this.record(materializationId, { step: 'failed', error: errorOf(error) });
          return;
        }
        throw error;
      } finally {
        await runner.query(`SELECT pg_advisory_unlock(hashtextextended($1, 713))`, [materializationId]);
      }
    } finally {
      await runner.release();
    }
  }

  /**
   * Takes over the active jobs of the queues this worker serves whose worker is gone: a job is active (leased) but
   * nobody holds its materialization's lock, a session lock PostgreSQL releases when the session ends (a worker
   * SIGKILLed, a host rebooted, PostgreSQL itself restarted). Without this such a job waits out its whole lease,
   * then a retry backoff that grows with every kill. Returns how many jobs it took over.
   */
  sweepOrphans(): Promise<number> {
    this.sweeping ??= this.takeOverOrphans().finally(() => (this.sweeping = undefined));
    return this.sweeping;
  }

  private async takeOverOrphans(): Promise<number> {
    const queues = [...this.subscribed.keys()];
    if (this.stopping || queues.length === 0) return 0;
    const active = await this.dataSource.query<{ id: string; name: string; data: MaterializationJobData }[]>(
      `SELECT id, name, data FROM ${PG_BOSS_SCHEMA}.job
        WHERE name = ANY($1) AND state = 'active' AND started_on < now() - make_interval(secs => $2)
        ORDER BY started_on LIMIT 100`,
      [queues, ORPHAN_GRACE_SECONDS],
    );
    let takenOver = 0;
    for (const job of active) {
      if (this.stopping) break;
      if ((job.data.takeovers ?? 0) >= MAX_TAKEOVERS) {
        const boss = await this.queue.boss(true);
        await boss.fail(job.name, job.id, { message: `taken over ${MAX_TAKEOVERS} times; failing the usual way` });
        continue;
      }
      const runner = this.dataSource.createQueryRunner();
      await runner.connect();
      try {
        const [{ locked }] = await runner.query(`SELECT pg_try_advisory_lock(hashtextextended($1, 713)) AS locked`, [
          job.data.materializationId,
        ]);
        if (!locked) continue; // its worker is alive and driving it
        try {
          await runner.startTransaction();
          const replaced = await this.queue.takeOver(job, runner.manager);
          await runner.commitTransaction();
          if (replaced) {
            takenOver++;
            this.logger.log(`Took over materialization ${job.data.materializationId}: its worker is gone`);
          }
        } catch (error) {
          if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
          throw error;
        } finally {
          await runner.query(`SELECT pg_advisory_unlock(hashtextextended($1, 713))`, [job.data.materializationId]);
        }
      } finally {
        await runner.release();
      }
    }
    return takenOver;
  }

  private async load(materializationId: string) {
    return this.aggregates.load(
      { evolve: evolveMaterialization, initialState: initialMaterializationState },
      materializationId,
    );
  }

  private async record(materializationId: string, report: MaterializationJobStep): Promise<void> {
    const meta: CommandMeta = {
      principal: { ...MATERIALIZATION_JOB_PRINCIPAL, groups: [] },
      correlationId: materializationId,
    };
    await this.aggregates.execute({
      decider: materializationJobDecider,
      streamType: MATERIALIZATION_STREAM,
      streamId: materializationId,
      command: { materializationId, report },
      meta,
    });
  }

  private async drive(materializationId: string, deadline: number): Promise<void> {
    let delay = FIRST_OBSERVE_DELAY_MS;
    for (;;) {
      if (this.stopping) throw new Error('worker stopping; the job resumes elsewhere');
      const { state: m } = await this.load(materializationId);
      if (!m.exists || isFinished(m.state)) return;
      const port = this.ports.has(m.via) ? this.ports.get(m.via) : undefined;
      if (!port) throw new Error(`this worker has no ${m.via} transfer adapter`);
      if (m.state === 'Pending') {
        let handle: TransferHandle;
        try {
          handle = await port.begin(transferRequestOf(m));
        } catch (error) {
          const code = failureCodeOf(error);
          // Unreachable endpoints are retried with backoff (pg-boss); a refusal is final.
          if (code && code !== 'TransferEndpointUnreachable') {
            await this.record(materializationId, { step: 'failed', error: errorOf(error) });
            return;
          }
          throw error;
        }
        try {
          await this.record(materializationId, { step: 'transferBegun', handle: handle as never });
        } catch (error) {
          if (isDomainError(error) && error.code === 'MaterializationNotTransferring') {
            await port.cancel(handle); // cancelled while it was being begun
            return;
          }
          throw error;
        }
        continue;
      }
      if (m.state === 'Transferring') {
        const handle = m.handle as unknown as TransferHandle;
        if (m.cancelRequested) await port.cancel(handle);
        const observed = await port.observe(handle);
        await this.progress.write(materializationId, observed);
        if (TERMINAL_TRANSFER_STATES.includes(observed.state)) {
          const error: MaterializationError | null =
            observed.state !== 'Failed'
              ? null
              : observed.partial
                ? {
                    code: 'TransferPartial',
                    detail:
                      observed.failure?.detail ??
                      `${observed.filesFailed} of ${observed.filesTotal ?? '?'} files failed, ${observed.filesMoved} moved`,
                  }
                : (observed.failure ?? { code: 'TransferRejected', detail: 'the transfer failed' });
          await this.record(materializationId, { step: 'transferEnded', transfer: summaryOf(observed), error });
          delay = FIRST_OBSERVE_DELAY_MS;
          continue;
        }
        if (Date.now() >= deadline) {
          await this.queue.enqueue(m.queue, { materializationId }, { startAfterSeconds: 1 });
          return;
        }
        await sleep(nextObservationIn(observed, delay));
        delay = Math.min(delay * OBSERVE_BACKOFF, this.config.transferJobs.observeMaxIntervalMs);
        continue;
      }
      // Verifying: register the copy on the target tier, then attest it.
      if (m.distributionId === null) {
        let distributionId: string;
        try {
          ({ distributionId } = await this.registrar.registerCopy({
            idempotencyKey: registrationKeyOf(materializationId),
            datasetId: m.datasetId,
            tierId: m.targetTierId,
            relativePath: m.target.path,
            checksum: { algorithm: m.expected.algorithm, value: m.expected.value },
            byteSize: m.expected.byteSize,
            actingFor: MATERIALIZATION_JOB_PRINCIPAL,
          }));
        } catch (error) {
          if (!isDomainError(error) || error.code === 'ConcurrencyConflict') throw error;
          await this.record(materializationId, { step: 'failed', error: errorOf(error) });
          return;
        }
        await this.record(materializationId, { step: 'copyRegistered', distributionId });
        continue;
      }
      const observed = m.transfer?.observed ?? null;
      const attestation = await this.registrar.attestCopy({
        idempotencyKey: attestationKeyOf(materializationId),
        distributionId: m.distributionId,
        ...(observed ? { observed } : {}),
        actingFor: MATERIALIZATION_JOB_PRINCIPAL,
      });
      if (attestation.outcome === 'Match') {
        await this.record(materializationId, { step: 'verified', attestationId: attestation.attestationId });
      } else if (attestation.outcome === 'Mismatch') {
        await this.record(materializationId, {
          step: 'failed',
          error: {
            code: 'TargetCopyMismatch',
            detail: `The copy on the target tier does not hash to the dataset's ${m.expected.algorithm} (attestation ${attestation.attestationId}); nothing is Verified.`,
          },
        });
      } else {
        throw new Error(`The new copy ${m.distributionId} could not be read for its attestation; retrying`);
      }
    }
  }

  /** A dead-lettered job (its retries ran out, e.g. its last worker was killed): the materialization Failed. */
  private async abandon(materializationId: string): Promise<void> {
    await this.record(materializationId, {
      step: 'failed',
      error: {
        code: 'MaterializationJobAbandoned',
        detail: 'The job ran out of retries (its workers kept failing or were stopped); see the dead-letter queue.',
      },
    });
  }
}
