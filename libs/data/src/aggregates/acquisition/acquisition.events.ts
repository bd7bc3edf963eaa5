import { DomainEvent } from '@custody/kernel';

/** The ingest lifecycle, strictly forward. */
export const ACQUISITION_STATES = ['staging', 'complete', 'sync_queued', 'sync_verified', 'cleared'] as const;
export type AcquisitionStateName = (typeof ACQUISITION_STATES)[number];

export type RunKind = 'run' | 'test';
export const RUN_KINDS: readonly RunKind[] = ['run', 'test'];

export type RetentionPolicy = 'manual' | 'scheduled';
export const RETENTION_POLICIES: readonly RetentionPolicy[] = ['manual', 'scheduled'];

export interface Retention {
  readonly policy: RetentionPolicy;
  /** Hours to keep the staging copy after `sync_verified` (scheduled only). */
  readonly retainHours: number | null;
}

export interface ExpectedFile {
  readonly path: string;
  readonly size: number;
}

/** What the worker saw when it declared a run complete: any later change of size or mtime stops the lifecycle. */
export interface RunManifest {
  readonly files: number;
  readonly bytes: number;
  /** sha256 of the sorted `path, size, mtime` lines of every regular file. */
  readonly digest: string;
}

export type AcquisitionRegistered = DomainEvent<
  'AcquisitionRegistered',
  {
    acquisitionId: string;
    tierId: string;
    /** As given, and its canonical URI under the tier root. */
    path: string;
    uri: string;
    runKind: RunKind;
    targetTierId: string | null;
    retention: Retention;
    assetId: string | null;
    fixtureId: string | null;
    expectedFiles: readonly ExpectedFile[] | null;
    host: string | null;
    at: string;
  }
>;

export type AcquisitionTransitioned = DomainEvent<
  'AcquisitionTransitioned',
  {
    acquisitionId: string;
    to: AcquisitionStateName;
    host: string;
    at: string;
    /** complete only. */
    filesReceived?: number;
    bytesReceived?: number;
    /** sync_verified only: the tier whose Verified copy passed the guard. */
    targetTierId?: string;
    /** Top-level links, set the first time they are given. */
    datasetId?: string;
    materializationId?: string;
    /** complete only, from the worker. */
    manifest?: RunManifest;
  }
>;

/** The worker registered the run's dataset and its Verified staging copy (in the same transaction). */
export type AcquisitionDatasetRecorded = DomainEvent<
  'AcquisitionDatasetRecorded',
  { acquisitionId: string; datasetId: string; distributionId: string; host: string; at: string }
>;

/** The lifecycle stopped with a visible error (files changed after complete, sync failed, …). */
export type AcquisitionHalted = DomainEvent<
  'AcquisitionHalted',
  { acquisitionId: string; code: string; detail: string; host: string; at: string }
>;

/** After `cleared`: the staging files are deleted and the staging Distribution discarded. */
export type AcquisitionStagingRemoved = DomainEvent<
  'AcquisitionStagingRemoved',
  { acquisitionId: string; distributionId: string | null; host: string; at: string }
>;

export type AcquisitionEvent =
  | AcquisitionRegistered
  | AcquisitionTransitioned
  | AcquisitionDatasetRecorded
  | AcquisitionHalted
  | AcquisitionStagingRemoved;

export const ACQUISITION_STREAM = 'data.acquisition';
export const ACQUISITION_EVENT_TYPES: readonly AcquisitionEvent['type'][] = [
  'AcquisitionRegistered',
  'AcquisitionTransitioned',
  'AcquisitionDatasetRecorded',
  'AcquisitionHalted',
  'AcquisitionStagingRemoved',
];
