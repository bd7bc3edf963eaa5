import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown, Optional } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { DomainError, sortedBytewise } from '@custody/kernel';
import {
  AggregateRepository,
  BACKGROUND_WORK_GATE,
  BackgroundWorkGate,
  CUSTODY_CONFIG,
  CommandMeta,
  CustodyConfig,
  Principal,
  ProjectionRunner,
} from '@custody/platform';
import { MATERIALIZATION_REQUESTER, MaterializationRequester } from '@custody/ports';
import { FSWatcher, watch } from 'chokidar';
import { DataSource } from 'typeorm';
import { FileChecksumVerifier, KnownFiles } from '../adapters/checksum/file-checksum-verifier';
import { acquisitionFold, loadCopyFactsUnlocked } from '../acquisitions/run-transition';
import { RegisteredAcquisition, enteredAt } from '../aggregates/acquisition/acquisition.state';
import { isOtherVerifiedCopy } from '../aggregates/acquisition/acquisition.transition';
import { evolveTier } from '../aggregates/tier/tier.evolve';
import { RegisteredTier, initialTierState } from '../aggregates/tier/tier.state';
import { decodedPathOf } from '../aggregates/tier/tier-uri';
import { DiscardDistributionCommand } from '../features/discard-distribution/discard-distribution.command';
import { RecordAcquisitionProgressCommand } from './record-progress/record-acquisition-progress.command';
import { TransitionAcquisitionCommand } from '../features/transition-acquisition/transition-acquisition.command';
import { ACQUISITION_SUMMARY } from '../projections/acquisition-summary.projection';
import { TIER_SUMMARY } from '../projections/tier-summary.projection';
import { COMPLETE_SENTINEL, isComplete, manifestOf, scanRun } from './run-files';
import { AcquisitionWorkerSettings } from './worker-settings';

/** Well-known id of the principal the acquisition worker acts as (recorded in event metadata). */
export const ACQUISITION_WORKER_PRINCIPAL_ID = '00000000-0000-7000-8000-0000000ac001';

export const ACQUISITION_WORKER_SETTINGS = Symbol('AcquisitionWorkerSettings');

const HOUR_MS = 3_600_000;
const FILE_EVENT_DEBOUNCE_MS = 250;
/**
 * A sync under way is asked again this often: one read of the acquisition and one of the materialization, while a
 * finished copy waiting for the next look is time added to every run's lifecycle.
 */
const SYNC_POLL_MS = 100;
/** A scan this recent (the step before, in the same drive) still stands for the next step's check. */
const FRESH_SCAN_MS = 1000;
/** While a run is staging, a file untouched for this long is hashed ahead (one that changes later is hashed again). */
const SETTLED_MS = 2000;
/** Codes that mean "someone else moved it, or not yet": read it again later, nothing is wrong. */
const NOT_YET = new Set([
  'AcquisitionIllegalTransition',
  'AcquisitionSyncNotVerified',
  'AcquisitionCannotClear',
  'ConcurrencyConflict',
]);

type Step = 'moved' | 'waiting';

/**
 * The edge side of acquisitions: watches the run folders of the acquisitions on the tiers it serves (chokidar,
 * plus a periodic rescan for missed events and network mounts) and drives each acquisition that names a target
 * tier: complete → dataset + Verified staging copy → materialization queued → sync_verified → cleared per
 * retention → staging files deleted (after checking again that another Verified copy exists) → staging copy
 * discarded. Every step is keyed by the acquisition's own state, so a worker killed at any point resumes where
 * the store says it is and duplicates nothing; workers racing on one acquisition lose with
 * AcquisitionIllegalTransition and re-read.
 */
@Injectable()
export class AcquisitionWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('AcquisitionWorker');
  private readonly principal: Principal;
  private readonly verifier: FileChecksumVerifier;
  private readonly inFlight = new Map<string, Promise<void>>();
  private readonly again = new Set<string>();
  /** When each acquisition's files were last seen to match its manifest, and how long that scan took. */
  private readonly checked = new Map<string, { at: number; tookMs: number }>();
  private readonly debounce = new Map<string, NodeJS.Timeout>();
  /** The files of each staging run hashed ahead, and the hashing under way (one at a time per acquisition). */
  private readonly hashedAhead = new Map<string, KnownFiles>();
  private readonly hashingAhead = new Map<string, Promise<void>>();
  /** Run folder → acquisition id, for the acquisitions being watched. */
  private readonly watched = new Map<string, string>();
  private watcher: FSWatcher | null = null;
  private timer: NodeJS.Timeout | null = null;
  private scanning: Promise<void> | null = null;
  private stopped = true;

  constructor(
    private readonly aggregates: AggregateRepository,
    private readonly commands: CommandBus,
    private readonly projections: ProjectionRunner,
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(CUSTODY_CONFIG) config: CustodyConfig,
    @Inject(ACQUISITION_WORKER_SETTINGS) private readonly settings: AcquisitionWorkerSettings,
    @Optional() @Inject(MATERIALIZATION_REQUESTER) private readonly requester: MaterializationRequester | null,
    @Optional() @Inject(BACKGROUND_WORK_GATE) private readonly gate: BackgroundWorkGate | null,
  ) {
    this.principal = {
      principalId: ACQUISITION_WORKER_PRINCIPAL_ID,
      name: `acquisition-worker@${settings.host}`,
      roles: ['operator'],
      groups: [],
    };
    this.verifier = new FileChecksumVerifier({ idleTimeoutMs: config.verifyTimeoutMs });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.gate?.opened();
    if (!this.requester) {
      this.logger.warn('No MaterializationRequester is bound: acquisitions will stop at complete');
    }
    this.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    // Each run folder's own entries only: a wake-up for the sentinel and top-level files without chokidar
    // walking (and holding a watch on) every sub-folder of a 10,000-file run; the rescan finds the rest.
    this.watcher = watch([], { ignoreInitial: true, persistent: true, depth: 0 });
    this.watcher.on('all', (_event, changed) => this.onFileEvent(changed));
    this.watcher.on('error', (error) => this.logger.warn(`file watcher: ${(error as Error).message}`));
    const tick = () => {
      if (this.stopped) return;
      this.scanning = this.rescan()
        .catch((error: unknown) => this.logger.error(`rescan failed: ${(error as Error).message}`))
        .finally(() => {
          this.scanning = null;
          if (!this.stopped) this.timer = setTimeout(tick, this.settings.rescanMs);
        });
    };
    tick();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    for (const t of this.debounce.values()) clearTimeout(t);
    this.debounce.clear();
    this.timer = null;
    await this.scanning;
    await Promise.all([...this.inFlight.values(), ...this.hashingAhead.values()]);
    this.hashedAhead.clear();
    await this.watcher?.close();
    this.watcher = null;
    this.watched.clear();
  }

  /** Finds the open acquisitions on the tiers this host serves and drives each one step as far as it goes. */
  async rescan(): Promise<void> {
    const tiers = await this.servedTiers();
    if (tiers.length === 0) return;
    await this.projections.ensureCurrent(ACQUISITION_SUMMARY);
    const rows: { stream_id: string }[] = await this.dataSource.query(
      `SELECT stream_id FROM data_acquisition_summary
        WHERE tier_id = ANY($1::uuid[]) AND target_tier_id IS NOT NULL AND NOT done AND NOT halted
        ORDER BY stream_id`,
      [tiers.map((t) => t.tierId)],
    );
    const roots = new Map(tiers.map((t) => [t.tierId, t]));
    const open = new Set(rows.map((r) => r.stream_id));
    for (const [dir, id] of this.watched) {
      if (!open.has(id)) {
        this.watched.delete(dir);
        this.forget(id);
        await this.watcher?.unwatch(dir);
      }
    }
    await Promise.all(rows.map((r) => this.drive(r.stream_id, roots)));
  }

  /** Drives one acquisition (one drive at a time per acquisition in this process; a request meanwhile runs again). */
  drive(acquisitionId: string, tiers?: Map<string, RegisteredTier>): Promise<void> {
    const running = this.inFlight.get(acquisitionId);
    if (running) {
      this.again.add(acquisitionId);
      return running;
    }
    const run = (async () => {
      try {
        do {
          this.again.delete(acquisitionId);
          await this.driveToRest(acquisitionId, tiers ?? new Map((await this.servedTiers()).map((t) => [t.tierId, t])));
        } while (this.again.has(acquisitionId) && !this.stopped);
      } catch (error) {
        this.logger.error(`acquisition ${acquisitionId}: ${(error as Error).message}`);
      } finally {
        this.inFlight.delete(acquisitionId);
      }
    })();
    this.inFlight.set(acquisitionId, run);
    return run;
  }

  private async driveToRest(acquisitionId: string, tiers: Map<string, RegisteredTier>): Promise<void> {
    for (let steps = 0; steps < 10 && !this.stopped; steps++) {
      const { state } = await this.aggregates.load(acquisitionFold, acquisitionId);
      if (!state.exists || state.error !== null || state.targetTierId === null || state.stagingRemoved) return;
      const tier = tiers.get(state.tierId);
      const dir = tier ? this.runFolder(state) : null;
      if (!tier || dir === null) return;
      this.watch(dir, acquisitionId);
      let step: Step;
      try {
        step = await this.step(state, dir);
      } catch (error) {
        if (error instanceof DomainError && NOT_YET.has(error.code)) return;
        throw error;
      }
      if (step === 'waiting') return;
    }
  }

  private async step(a: RegisteredAcquisition, dir: string): Promise<Step> {
    if (a.state === 'cleared') return this.removeStaging(a, dir);
    // Hashing ends with its own comparison against what complete saw: no scan before it.
    if (a.state === 'complete' && a.datasetId === null) return this.registerDataset(a, dir);
    if (a.state === 'staging') {
      const scan = await scanRun(dir);
      if (!isComplete(scan, a.expectedFiles)) {
        this.hashAhead(a, scan.exists);
        return 'waiting';
      }
      const manifest = manifestOf(scan);
      await this.transition(a, 'complete', {
        filesReceived: manifest.files,
        bytesReceived: manifest.bytes,
        manifest,
      });
      return 'moved';
    }
    if (a.state === 'sync_queued') return this.awaitSync(a, dir);
    if (!(await this.filesUnchanged(a, dir, FRESH_SCAN_MS))) return 'waiting';
    switch (a.state) {
      case 'complete':
        return this.queueSync(a);
      case 'sync_verified':
        return this.applyRetention(a);
    }
  }

  /**
   * True when the run's files still match the manifest taken at complete, by a scan no older than `maxAgeMs`
   * (a scan is 10,000 stats for a run of 10,000 files: steps that follow one another reuse the one just made);
   * otherwise stops the lifecycle with AcquisitionFilesChanged and answers false.
   */
  private async filesUnchanged(a: RegisteredAcquisition, dir: string, maxAgeMs: number): Promise<boolean> {
    const last = this.checked.get(a.acquisitionId);
    if (last !== undefined && Date.now() - last.at < maxAgeMs) return true;
    const started = Date.now();
    const now = manifestOf(await scanRun(dir));
    if (a.manifest && now.digest !== a.manifest.digest) {
      this.checked.delete(a.acquisitionId);
      await this.halt(
        a,
        'AcquisitionFilesChanged',
        `The run's files changed after complete (at complete: ${a.manifest.files} files, ${a.manifest.bytes} bytes; ` +
          `now: ${now.files} files, ${now.bytes} bytes, or a size or mtime differs). Nothing more is archived or deleted.`,
      );
      return false;
    }
    this.checked.set(a.acquisitionId, { at: Date.now(), tookMs: Date.now() - started });
    return true;
  }

  /**
   * While a sync runs, the files are checked once per rescan period, and never for more than a twentieth of the
   * time (the scan shares the disk and the thread pool with the copy itself).
   */
  private changeCheckEveryMs(acquisitionId: string): number {
    return Math.max(this.settings.rescanMs, 20 * (this.checked.get(acquisitionId)?.tookMs ?? 0));
  }

  /** How many files of a staging run are hashed ahead so far (none once its dataset is registered). */
  filesHashedAhead(acquisitionId: string): number {
    return this.hashedAhead.get(acquisitionId)?.size ?? 0;
  }

  /**
   * While a run is being written, its files that have settled are hashed ahead, in the background: at complete
   * only what is new or changed since is read (a run written over hours is archived minutes after its sentinel,
   * not after another pass over all of it). A file is taken from here only while its size, mtime, ctime and inode
   * are those it had when hashed, and one that changed while it was read is left out, so the checksum is always
   * that of the bytes at complete.
   */
  private hashAhead(a: RegisteredAcquisition, folderExists: boolean): void {
    if (!folderExists || this.hashingAhead.has(a.acquisitionId) || this.stopped) return;
    const running = (async () => {
      const tier = await this.tier(a.tierId);
      if (!tier) return;
      const settledBeforeNs = BigInt(Date.now() - SETTLED_MS) * 1_000_000n;
      const known = this.hashedAhead.get(a.acquisitionId) ?? new Map();
      const hashed = await this.verifier.hashSettledFiles(this.stagingTarget(a, tier), known, settledBeforeNs);
      if (hashed && !this.stopped) this.hashedAhead.set(a.acquisitionId, hashed);
    })()
      .catch((error: unknown) =>
        this.logger.warn(`acquisition ${a.acquisitionId}: hashing ahead: ${(error as Error).message}`),
      )
      .finally(() => this.hashingAhead.delete(a.acquisitionId));
    this.hashingAhead.set(a.acquisitionId, running);
  }

  private stagingTarget(a: RegisteredAcquisition, tier: RegisteredTier) {
    return { accessProtocol: 'file' as const, rootUri: tier.rootUri, uri: a.uri, algorithm: 'sha256-tree' as const };
  }

  /** Drops what this process kept about an acquisition's run (its last check, its files hashed ahead). */
  private forget(acquisitionId: string): void {
    this.checked.delete(acquisitionId);
    this.hashedAhead.delete(acquisitionId);
  }

  /**
   * Measures the run once (sha256-tree, streamed; the files hashed ahead that are unchanged are not read again) and
   * records the dataset with its Verified staging copy.
   */
  private async registerDataset(a: RegisteredAcquisition, dir: string): Promise<Step> {
    const tier = await this.tier(a.tierId);
    if (!tier) return 'waiting';
    await this.hashingAhead.get(a.acquisitionId);
    const { measurement, files } = await this.verifier.measureTree(
      this.stagingTarget(a, tier),
      this.hashedAhead.get(a.acquisitionId),
    );
    this.hashedAhead.delete(a.acquisitionId);
    if (measurement.kind !== 'observed' || measurement.observed.algorithm !== 'sha256-tree') {
      this.logger.warn(
        `acquisition ${a.acquisitionId}: could not measure ${dir}: ${measurement.kind === 'unreachable' ? measurement.detail : 'not a directory'}`,
      );
      return 'waiting';
    }
    // The bytes hashed must be the bytes seen at complete: each file's size and mtime as the hasher read it (an
    // fstat of the descriptor it hashed), or else a scan after the hashing. A change stops the lifecycle; a change
    // after a file was hashed is caught by the checks that follow (during the sync, before clearing).
    const scanStarted = Date.now();
    const hashed = files
      ? manifestOf({ exists: true, files: sortedBytewise(files, (f) => f.path) })
      : manifestOf(await scanRun(dir));
    if (a.manifest && hashed.digest !== a.manifest.digest) {
      await this.halt(
        a,
        'AcquisitionFilesChanged',
        `The run's files changed after complete (at complete: ${a.manifest.files} files, ${a.manifest.bytes} bytes; ` +
          `when hashed: ${hashed.files} files, ${hashed.bytes} bytes, or a size or mtime differs). Nothing was registered.`,
      );
      return 'waiting';
    }
    this.checked.set(a.acquisitionId, { at: Date.now(), tookMs: Date.now() - scanStarted });
    await this.commands.execute(
      new RecordAcquisitionProgressCommand(
        { kind: 'dataset', acquisitionId: a.acquisitionId, host: this.settings.host, observed: measurement.observed },
        this.meta(a),
      ),
    );
    return 'moved';
  }

  /** The request's key is the acquisition's own: a retry after a crash finds the materialization queued before. */
  private async queueSync(a: RegisteredAcquisition): Promise<Step> {
    if (!this.requester || a.datasetId === null || a.targetTierId === null) return 'waiting';
    const { materializationId } = await this.requester.request({
      datasetId: a.datasetId,
      targetTierId: a.targetTierId,
      idempotencyKey: `acquisition:${a.acquisitionId}:materialize`,
      principalId: this.principal.principalId,
    });
    await this.transition(a, 'sync_queued', { materializationId });
    return 'moved';
  }

  /**
   * The materialization's state decides first (asking it is one read; a scan of the run is one stat per file); a
   * change of the files is still caught while the sync runs, before it is accepted, and before a failure is
   * reported (a changed file is the clearer reason for a mismatching copy).
   */
  private async awaitSync(a: RegisteredAcquisition, dir: string): Promise<Step> {
    if (!this.requester || a.materializationId === null) return 'waiting';
    const status = await this.requester.status(a.materializationId);
    if (status === null) return 'waiting';
    if (status.state === 'Failed' || status.state === 'Cancelled') {
      if (!(await this.filesUnchanged(a, dir, 0))) return 'waiting';
      await this.halt(
        a,
        'AcquisitionSyncFailed',
        `Materialization ${a.materializationId} ended ${status.state}` +
          (status.error ? `: ${status.error.code} ${status.error.detail}` : '') +
          '. The staging copy is kept.',
      );
      return 'waiting';
    }
    if (status.state !== 'Verified') {
      if (!(await this.filesUnchanged(a, dir, this.changeCheckEveryMs(a.acquisitionId)))) return 'waiting';
      this.followUp(a.acquisitionId, SYNC_POLL_MS);
      return 'waiting';
    }
    if (!(await this.filesUnchanged(a, dir, FRESH_SCAN_MS))) return 'waiting';
    await this.transition(a, 'sync_verified', { targetTierId: a.targetTierId ?? undefined });
    return 'moved';
  }

  /** `manual` never clears by itself; `scheduled` clears once retainHours have passed since sync_verified. */
  private async applyRetention(a: RegisteredAcquisition): Promise<Step> {
    if (a.retention.policy !== 'scheduled') return 'waiting';
    const since = enteredAt(a, 'sync_verified');
    if (since === null) return 'waiting';
    const due = Date.parse(since) + (a.retention.retainHours ?? 0) * HOUR_MS;
    if (Date.now() < due) return 'waiting';
    await this.transition(a, 'cleared', {});
    return 'moved';
  }

  /**
   * After `cleared`: checks again, right before deleting, that the dataset has a Verified copy besides the
   * staging one; deletes the run's folder; discards the staging copy; records that the staging copy is gone.
   */
  private async removeStaging(a: RegisteredAcquisition, dir: string): Promise<Step> {
    const facts = await loadCopyFactsUnlocked(this.aggregates, a.datasetId);
    const other = facts.copies.some((c) => isOtherVerifiedCopy(a, c));
    if (!other) {
      this.logger.warn(`acquisition ${a.acquisitionId}: no other Verified copy now; the staging files are kept`);
      return 'waiting';
    }
    const tier = await this.tier(a.tierId);
    if (!tier) return 'waiting';
    await this.deleteInside(tier, dir);
    if (a.stagingDistributionId !== null) {
      await this.commands.execute(
        new DiscardDistributionCommand({ distributionId: a.stagingDistributionId }, this.meta(a)),
      );
    }
    await this.commands.execute(
      new RecordAcquisitionProgressCommand(
        { kind: 'staging-removed', acquisitionId: a.acquisitionId, host: this.settings.host },
        this.meta(a),
      ),
    );
    this.unwatch(dir);
    this.forget(a.acquisitionId);
    return 'moved';
  }

  /** Deletes the run folder only when it really lies inside the tier root (no link leads elsewhere). */
  private async deleteInside(tier: RegisteredTier, dir: string): Promise<void> {
    const root = decodedPathOf(tier.rootUri);
    if (root === null) return;
    let real: string;
    try {
      real = await fs.realpath(dir);
    } catch (error) {
      if ((error as { code?: string }).code === 'ENOENT') return;
      throw error;
    }
    const rootReal = await fs.realpath(root);
    if (!real.startsWith(rootReal + path.sep)) {
      throw new Error(`refusing to delete ${dir}: it resolves outside the tier root ${rootReal}`);
    }
    await fs.rm(real, { recursive: true, force: true });
  }

  private async transition(
    a: RegisteredAcquisition,
    to: 'complete' | 'sync_queued' | 'sync_verified' | 'cleared',
    extras: Omit<ConstructorParameters<typeof TransitionAcquisitionCommand>[0], 'acquisitionId' | 'to' | 'host'>,
  ): Promise<void> {
    await this.commands.execute(
      new TransitionAcquisitionCommand(
        { acquisitionId: a.acquisitionId, to, host: this.settings.host, ...extras },
        this.meta(a),
      ),
    );
  }

  private async halt(a: RegisteredAcquisition, code: string, detail: string): Promise<void> {
    this.logger.error(`acquisition ${a.acquisitionId} stopped: ${code}: ${detail}`);
    this.forget(a.acquisitionId);
    await this.commands.execute(
      new RecordAcquisitionProgressCommand(
        { kind: 'halt', acquisitionId: a.acquisitionId, host: this.settings.host, code, detail },
        this.meta(a),
      ),
    );
  }

  private meta(a: RegisteredAcquisition): CommandMeta {
    return { principal: this.principal, correlationId: `acquisition:${a.acquisitionId}` };
  }

  private runFolder(a: RegisteredAcquisition): string | null {
    return decodedPathOf(a.uri);
  }

  private async tier(tierId: string): Promise<RegisteredTier | null> {
    const { state } = await this.aggregates.load({ evolve: evolveTier, initialState: initialTierState }, tierId);
    return state.exists ? state : null;
  }

  /** The tiers this host serves: those CUSTODY_WORKER_TIERS names, or every file tier whose root exists here. */
  async servedTiers(): Promise<RegisteredTier[]> {
    await this.projections.ensureCurrent(TIER_SUMMARY);
    const rows: { state: RegisteredTier }[] = await this.dataSource.query(
      `SELECT state FROM data_tier_summary WHERE name IS NOT NULL AND access_protocol = 'file' ORDER BY stream_id`,
    );
    const tiers = rows.map((r) => r.state);
    const { tiers: served } = this.settings;
    if (served.kind === 'listed') {
      return tiers.filter((t) => served.names.includes(t.name) || served.names.includes(t.tierId));
    }
    const present: RegisteredTier[] = [];
    for (const t of tiers) {
      const root = decodedPathOf(t.rootUri);
      if (
        root !== null &&
        (await fs
          .stat(root)
          .then((s) => s.isDirectory())
          .catch(() => false))
      )
        present.push(t);
    }
    return present;
  }

  private watch(dir: string, acquisitionId: string): void {
    if (this.watched.has(dir) || !this.watcher) return;
    this.watched.set(dir, acquisitionId);
    this.watcher.add(dir);
  }

  private unwatch(dir: string): void {
    if (!this.watched.delete(dir)) return;
    void this.watcher?.unwatch(dir);
  }

  /** A sync under way is asked again soon (not only at the next rescan), so a finished copy is not left waiting. */
  private followUp(acquisitionId: string, afterMs: number): void {
    if (this.stopped || this.debounce.has(acquisitionId)) return;
    this.debounce.set(
      acquisitionId,
      setTimeout(
        () => {
          this.debounce.delete(acquisitionId);
          if (!this.stopped) void this.drive(acquisitionId);
        },
        Math.min(afterMs, this.settings.rescanMs),
      ),
    );
  }

  /**
   * A burst of writes (a run landing file by file) becomes one drive shortly after the last event; the sentinel,
   * which an instrument writes last, drives at once.
   */
  private onFileEvent(changed: string): void {
    if (this.stopped) return;
    const wait = path.basename(changed) === COMPLETE_SENTINEL ? 0 : FILE_EVENT_DEBOUNCE_MS;
    for (const [dir, id] of this.watched) {
      if (changed !== dir && !changed.startsWith(dir + path.sep)) continue;
      clearTimeout(this.debounce.get(id));
      this.debounce.set(
        id,
        setTimeout(() => {
          this.debounce.delete(id);
          if (!this.stopped) void this.drive(id);
        }, wait),
      );
    }
  }
}
