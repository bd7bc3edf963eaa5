/** What the harness observed about one materialization it submitted (or an acquisition queued). */
export interface MaterializationFact {
  readonly materializationId: string;
  readonly submittedAt: number;
  /** recorded_at of the events, ms since epoch; undefined when the event never happened. */
  readonly pickedUpAt?: number;
  readonly verifiedAt?: number;
  readonly terminal?: 'Verified' | 'Failed' | 'Cancelled';
  readonly failureCode?: string;
  readonly byteSize: number;
  /** For a Verified copy: whether the bytes on the target tier hash to the dataset's checksum. */
  readonly copyMatches?: boolean;
  /**
   * A latency probe (submitted one at a time at a rate the facility sustains, after the burst drained): whether
   * the one worker that can run it (its host's) was down or booting at some moment between submit and pickup.
   */
  readonly probe?: { readonly hostInterrupted: boolean };
  /** Not terminal, but a job of it is still queued or leased in pg-boss at the end: late, not lost. */
  readonly stillQueued?: boolean;
}

export interface AcquisitionFact {
  readonly acquisitionId: string;
  readonly state: string;
  readonly error: { code: string; detail: string } | null;
}

export interface ChaosCounts {
  readonly workerKills: number;
  readonly workerRestarts: number;
  readonly apiRestarts: number;
  readonly postgresRestarts: number;
  readonly unexpectedExits: number;
  /** Spawn → "running" of the workers, over every start by the harness (a whole boot, under the run's load). */
  readonly workerBootMs?: { readonly p50: number | null; readonly max: number | null };
  /** With the standby: SIGKILL of the working child → the promoted standby's "running" (how long a host serves nothing). */
  readonly workerTakeoverMs?: { readonly p50: number | null; readonly max: number | null };
  /** With the standby: fork → warm of every standby the supervisors booted (a whole boot, under the run's load). */
  readonly standbyBootMs?: { readonly p50: number | null; readonly max: number | null };
}

export interface ScaleFacts {
  readonly hosts: number;
  readonly materializations: readonly MaterializationFact[];
  readonly acquisitions: readonly AcquisitionFact[];
  /** (dataset, tier) pairs with more than one DistributionRegistered event. */
  readonly duplicateDistributions: readonly { datasetId: string; tierId: string; count: number }[];
  /** Materializations the API accepted (202) whose stream does not exist. */
  readonly acceptedWithoutStream: number;
  readonly internalErrors: readonly string[];
  readonly chaos: ChaosCounts;
  readonly startedAt: number;
  readonly finishedAt: number;
}

export interface ScaleReport {
  readonly hosts: number;
  readonly materializations: {
    readonly submitted: number;
    readonly byState: Record<string, number>;
    readonly failedByCode: Record<string, number>;
    /** The first few never terminal, for a post-mortem. */
    readonly unfinishedIds: string[];
    /** Never terminal with a job still queued or leased: the facility did not keep up within the drain time. */
    readonly stillQueued: number;
  };
  readonly acquisitions: {
    readonly registered: number;
    readonly cleared: number;
    readonly stopped: { acquisitionId: string; state: string; code: string; detail: string }[];
    readonly unfinished: number;
  };
  readonly invariants: {
    readonly duplicateDistributions: number;
    readonly lostJobs: number;
    readonly copiesDiffering: number;
    readonly internalErrors: number;
  };
  readonly latencyMs: {
    /** Over the burst (every lane submitting as fast as the API answers): mostly time spent queued. */
    readonly submitToPickup: { p50: number | null; p99: number | null };
    readonly submitToVerified: { p50: number | null; p99: number | null };
    /** Over the probes, submitted at a rate the facility sustains, chaos still on. */
    readonly pickupAtSustainableRate: {
      readonly probes: number;
      readonly p50: number | null;
      readonly p99: number | null;
      /** Probes whose host's worker served from submit to pickup. */
      readonly hostServing: { readonly count: number; readonly p50: number | null; readonly p99: number | null };
      /** Probes whose host's worker was killed or still booting meanwhile: they wait for it, whatever the queue. */
      readonly hostRestarting: { readonly count: number; readonly max: number | null };
    };
  };
  readonly throughput: { readonly verifiedPerSecond: number; readonly mebibytesPerSecond: number };
  readonly chaos: ChaosCounts;
  readonly durationSeconds: number;
  readonly failures: string[];
}

/** Nearest-rank percentile; null for no samples. */
export function percentile(samples: readonly number[], p: number): number | null {
  if (samples.length === 0) return null;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

const count = <T>(items: readonly T[], key: (t: T) => string): Record<string, number> =>
  items.reduce<Record<string, number>>((acc, t) => ((acc[key(t)] = (acc[key(t)] ?? 0) + 1), acc), {});

/**
 * The report and its verdict. A job is lost when the API accepted it and it never reached a terminal state
 * (or its stream never appeared); an acquisition is lost when it is neither cleared nor stopped with a reason.
 */
export function buildReport(facts: ScaleFacts): ScaleReport {
  const ms = facts.materializations;
  const burst = ms.filter((m) => m.probe === undefined);
  const probes = ms.filter((m) => m.probe !== undefined);
  const serving = probes.filter((m) => !m.probe!.hostInterrupted);
  const restarting = probes.filter((m) => m.probe!.hostInterrupted);
  const unfinished = ms.filter((m) => m.terminal === undefined);
  const stillQueued = unfinished.filter((m) => m.stillQueued === true).length;
  // Lost: accepted, not terminal, and nothing left in the queue that would ever finish it.
  const unfinishedMaterializations = unfinished.length - stillQueued;
  const stopped = facts.acquisitions
    .filter((a) => a.state !== 'cleared' && a.error !== null)
    .map((a) => ({ acquisitionId: a.acquisitionId, state: a.state, code: a.error!.code, detail: a.error!.detail }));
  const unfinishedAcquisitions = facts.acquisitions.filter((a) => a.state !== 'cleared' && a.error === null).length;
  const verified = ms.filter((m) => m.terminal === 'Verified');
  const copiesDiffering = verified.filter((m) => m.copyMatches === false).length;
  const lostJobs = unfinishedMaterializations + unfinishedAcquisitions + facts.acceptedWithoutStream;
  const duration = Math.max(0.001, (facts.finishedAt - facts.startedAt) / 1000);
  const lastVerified = Math.max(facts.startedAt, ...verified.map((m) => m.verifiedAt ?? 0));
  const verifiedSpan = Math.max(0.001, (lastVerified - facts.startedAt) / 1000);
  const failures: string[] = [];
  if (facts.duplicateDistributions.length > 0)
    failures.push(`${facts.duplicateDistributions.length} duplicate Distributions`);
  if (lostJobs > 0) failures.push(`${lostJobs} lost jobs`);
  if (stillQueued > 0)
    failures.push(
      `${stillQueued} materializations still queued at the deadline (not lost: the facility did not keep up)`,
    );
  if (copiesDiffering > 0) failures.push(`${copiesDiffering} copies whose bytes differ from their source`);
  if (facts.internalErrors.length > 0) failures.push(`${facts.internalErrors.length} responses 500`);
  if (ms.length > 0 && verified.length === 0) failures.push('no materialization reached Verified');
  return {
    hosts: facts.hosts,
    materializations: {
      submitted: ms.length,
      byState: count(ms, (m) => m.terminal ?? 'unfinished'),
      failedByCode: count(
        ms.filter((m) => m.terminal === 'Failed'),
        (m) => m.failureCode ?? 'unknown',
      ),
      unfinishedIds: unfinished.slice(0, 20).map((m) => m.materializationId),
      stillQueued,
    },
    acquisitions: {
      registered: facts.acquisitions.length,
      cleared: facts.acquisitions.filter((a) => a.state === 'cleared').length,
      stopped,
      unfinished: unfinishedAcquisitions,
    },
    invariants: {
      duplicateDistributions: facts.duplicateDistributions.length,
      lostJobs,
      copiesDiffering,
      internalErrors: facts.internalErrors.length,
    },
    latencyMs: {
      submitToPickup: {
        p50: percentile(pickups(burst), 50),
        p99: percentile(pickups(burst), 99),
      },
      submitToVerified: {
        p50: percentile(toVerified(burst), 50),
        p99: percentile(toVerified(burst), 99),
      },
      pickupAtSustainableRate: {
        probes: probes.length,
        p50: percentile(pickups(probes), 50),
        p99: percentile(pickups(probes), 99),
        hostServing: {
          count: serving.length,
          p50: percentile(pickups(serving), 50),
          p99: percentile(pickups(serving), 99),
        },
        hostRestarting: { count: restarting.length, max: percentile(pickups(restarting), 100) },
      },
    },
    throughput: {
      verifiedPerSecond: round(verified.length / verifiedSpan),
      mebibytesPerSecond: round(verified.reduce((s, m) => s + m.byteSize, 0) / 1024 / 1024 / verifiedSpan),
    },
    chaos: facts.chaos,
    durationSeconds: round(duration),
    failures,
  };
}

const pickups = (ms: readonly MaterializationFact[]) =>
  ms.filter((m) => m.pickedUpAt !== undefined).map((m) => Math.max(0, m.pickedUpAt! - m.submittedAt));
const toVerified = (ms: readonly MaterializationFact[]) =>
  ms.filter((m) => m.verifiedAt !== undefined).map((m) => Math.max(0, m.verifiedAt! - m.submittedAt));
const round = (n: number) => Math.round(n * 100) / 100;

export function formatReport(r: ScaleReport): string {
  const sustained = r.latencyMs.pickupAtSustainableRate;
  const lines = [
    `custody scale run: ${r.hosts} edge hosts, ${r.durationSeconds} s`,
    `materializations: ${r.materializations.submitted} submitted; ${Object.entries(r.materializations.byState)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
    ...Object.entries(r.materializations.failedByCode).map(([code, n]) => `  failed ${code}: ${n}`),
    ...(r.materializations.stillQueued > 0
      ? [`  still queued at the deadline: ${r.materializations.stillQueued}`]
      : []),
    ...(r.materializations.unfinishedIds.length > 0
      ? [`  never terminal: ${r.materializations.unfinishedIds.join(', ')}`]
      : []),
    `acquisitions: ${r.acquisitions.registered} registered; cleared ${r.acquisitions.cleared}, stopped ${r.acquisitions.stopped.length}, unfinished ${r.acquisitions.unfinished}`,
    ...r.acquisitions.stopped.map((s) => `  stopped ${s.acquisitionId} at ${s.state}: ${s.code} ${s.detail}`),
    `duplicate Distributions: ${r.invariants.duplicateDistributions}`,
    `lost jobs: ${r.invariants.lostJobs}`,
    `copies whose bytes differ: ${r.invariants.copiesDiffering}`,
    `responses 500: ${r.invariants.internalErrors}`,
    `burst (${r.materializations.submitted - sustained.probes} as fast as the API answers; mostly queueing): submit→pickup p50 ${r.latencyMs.submitToPickup.p50} ms, p99 ${r.latencyMs.submitToPickup.p99} ms; submit→Verified p50 ${r.latencyMs.submitToVerified.p50} ms, p99 ${r.latencyMs.submitToVerified.p99} ms`,
    `sustainable rate (${sustained.probes} probes one at a time, chaos on): submit→pickup p50 ${sustained.p50} ms, p99 ${sustained.p99} ms`,
    `  host's worker serving throughout: ${sustained.hostServing.count} probes, p50 ${sustained.hostServing.p50} ms, p99 ${sustained.hostServing.p99} ms`,
    `  host's worker killed or booting meanwhile: ${sustained.hostRestarting.count} probes, max ${sustained.hostRestarting.max} ms (worker boot p50 ${r.chaos.workerBootMs?.p50 ?? '?'} ms, max ${r.chaos.workerBootMs?.max ?? '?'} ms${r.chaos.workerTakeoverMs && r.chaos.workerTakeoverMs.p50 !== null ? `; kill → standby serving p50 ${r.chaos.workerTakeoverMs.p50} ms, max ${r.chaos.workerTakeoverMs.max} ms; standby boot p50 ${r.chaos.standbyBootMs?.p50 ?? '?'} ms, max ${r.chaos.standbyBootMs?.max ?? '?'} ms` : ''})`,
    `throughput: ${r.throughput.verifiedPerSecond} Verified/s, ${r.throughput.mebibytesPerSecond} MiB/s`,
    `chaos survived: ${r.chaos.workerKills} worker SIGKILLs (${r.chaos.workerRestarts} restarted by the harness, the rest replaced by their standby), ${r.chaos.apiRestarts} API restarts, ${r.chaos.postgresRestarts} PostgreSQL restarts; unexpected exits ${r.chaos.unexpectedExits}`,
    r.failures.length === 0 ? 'verdict: PASS' : `verdict: FAIL (${r.failures.join('; ')})`,
  ];
  return lines.join('\n');
}
