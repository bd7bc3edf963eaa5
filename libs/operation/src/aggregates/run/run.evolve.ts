import { RunEvent } from './run.events';
import { RunState, RunStatus } from './run.state';

const STATE_AFTER: Record<RunEvent['type'], RunStatus> = {
  RunStarted: 'Running',
  RunHeld: 'Held',
  RunResumed: 'Running',
  RunCompleted: 'Completed',
  RunAborted: 'Aborted',
  RunStopped: 'Stopped',
};

export function evolveRun(state: RunState, event: RunEvent): RunState {
  if (event.type === 'RunStarted') {
    const d = event.data;
    return {
      exists: true,
      runId: d.runId,
      methodId: d.methodId,
      state: 'Running',
      inputDatasetIds: d.inputDatasetIds,
      inputCopies: d.inputCopies,
      parameters: d.parameters,
      startedAt: d.startedAt,
      history: [{ event: 'RunStarted', state: 'Running', at: d.startedAt, reason: null }],
    };
  }
  if (!state.exists) return state;
  const to = STATE_AFTER[event.type];
  if (!to) return state;
  const reason = 'reason' in event.data ? event.data.reason : null;
  return {
    ...state,
    state: to,
    history: [...state.history, { event: event.type, state: to, at: event.data.at, reason }],
  };
}
