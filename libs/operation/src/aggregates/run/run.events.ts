import { DomainEvent } from '@custody/kernel';

/** The copy that made an input pass the start gate. */
export interface InputCopy {
  readonly datasetId: string;
  readonly distributionId: string;
  readonly tierId: string;
}

/**
 * Published language (the lineage graph folds these): stream type `operation.run`; `RunStarted` carries
 * `{ runId, methodId, inputDatasetIds, startedAt }` (plus parameters and inputCopies); every later event carries
 * `{ runId }`.
 */
export type RunStarted = DomainEvent<
  'RunStarted',
  {
    runId: string;
    methodId: string;
    inputDatasetIds: string[];
    parameters: Record<string, unknown>;
    inputCopies: InputCopy[];
    startedAt: string;
  }
>;
export type RunHeld = DomainEvent<'RunHeld', { runId: string; at: string }>;
export type RunResumed = DomainEvent<'RunResumed', { runId: string; at: string }>;
export type RunCompleted = DomainEvent<'RunCompleted', { runId: string; at: string }>;
export type RunAborted = DomainEvent<'RunAborted', { runId: string; reason: string; at: string }>;
export type RunStopped = DomainEvent<'RunStopped', { runId: string; reason: string; at: string }>;

export type RunEvent = RunStarted | RunHeld | RunResumed | RunCompleted | RunAborted | RunStopped;

export const RUN_STREAM = 'operation.run';
export const RUN_EVENT_TYPES: readonly RunEvent['type'][] = [
  'RunStarted',
  'RunHeld',
  'RunResumed',
  'RunCompleted',
  'RunAborted',
  'RunStopped',
];
