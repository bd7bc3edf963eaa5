import { OpenLineageEventType } from './openlineage-run.events';

export interface OpenLineageRunState {
  readonly state: OpenLineageEventType | null;
  /** `eventType|eventTime` of every event recorded: the same event again is a repeat. */
  readonly seen: readonly string[];
}

export const initialOpenLineageRunState: OpenLineageRunState = { state: null, seen: [] };

export const TERMINAL_STATES: readonly OpenLineageEventType[] = ['COMPLETE', 'ABORT', 'FAIL'];
