import { InputCopy, RunEvent } from './run.events';

export type RunStatus = 'Running' | 'Held' | 'Completed' | 'Aborted' | 'Stopped';
export const RUN_STATUSES: readonly RunStatus[] = ['Running', 'Held', 'Completed', 'Aborted', 'Stopped'];
export const TERMINAL_RUN_STATUSES: readonly RunStatus[] = ['Completed', 'Aborted', 'Stopped'];

/** One transition of the run, as the run's history shows it. */
export interface RunHistoryEntry {
  readonly event: RunEvent['type'];
  readonly state: RunStatus;
  readonly at: string;
  readonly reason: string | null;
}

export interface StartedRun {
  readonly exists: true;
  readonly runId: string;
  readonly methodId: string;
  readonly state: RunStatus;
  readonly inputDatasetIds: readonly string[];
  readonly inputCopies: readonly InputCopy[];
  readonly parameters: Record<string, unknown>;
  readonly startedAt: string;
  readonly history: readonly RunHistoryEntry[];
}

export type RunState = { readonly exists: false } | StartedRun;

export const initialRunState: RunState = { exists: false };

/** What GET /v1/runs/{id} and the list answer. */
export interface RunView {
  readonly runId: string;
  readonly methodId: string;
  readonly state: RunStatus;
  readonly inputDatasetIds: readonly string[];
  readonly inputCopies: readonly InputCopy[];
  readonly parameters: Record<string, unknown>;
  readonly history: readonly RunHistoryEntry[];
  readonly version: number;
}

export function toRunView(run: StartedRun, version: number): RunView {
  return {
    runId: run.runId,
    methodId: run.methodId,
    state: run.state,
    inputDatasetIds: run.inputDatasetIds,
    inputCopies: run.inputCopies,
    parameters: run.parameters,
    history: run.history,
    version,
  };
}
