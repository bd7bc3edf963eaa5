import { Decider, fold, given } from '@custody/kernel';
import { RunEvent } from './run.events';
import { evolveRun } from './run.evolve';
import { RunState, initialRunState } from './run.state';

/** Shared fixtures of the run-transition decider specs (hold, resume, complete, abort, stop). */
export const runId = '0190a000-0000-7000-8000-0000000000b1';
export const at = '2026-01-01T00:00:00.000Z';
export const started: RunEvent = {
  type: 'RunStarted',
  data: {
    runId,
    methodId: '0190a000-0000-7000-8000-0000000000a1',
    inputDatasetIds: [],
    parameters: {},
    inputCopies: [],
    startedAt: at,
  },
};

/** Histories that end in each state. */
export const historyEndingIn = {
  Running: [started],
  Held: [started, { type: 'RunHeld', data: { runId, at } }],
  Completed: [started, { type: 'RunCompleted', data: { runId, at } }],
  Aborted: [started, { type: 'RunAborted', data: { runId, reason: 'r', at } }],
  Stopped: [started, { type: 'RunStopped', data: { runId, reason: 'r', at } }],
} satisfies Record<string, RunEvent[]>;

/** Every transition event, for fast-check to draw histories from. */
export const anyTransition: RunEvent[] = [
  { type: 'RunHeld', data: { runId, at } },
  { type: 'RunResumed', data: { runId, at } },
  { type: 'RunCompleted', data: { runId, at } },
  { type: 'RunAborted', data: { runId, reason: 'r', at } },
  { type: 'RunStopped', data: { runId, reason: 'r', at } },
];

/**
 * The property every transition shares, as a predicate over a drawn tail of transitions: after any sequence of
 * them, the command is accepted exactly when the run is in one of `allowedFrom`, and otherwise refused with
 * `refusal`.
 */
export function acceptedExactlyFrom<TCommand>(
  decider: Decider<RunState, TCommand, RunEvent>,
  command: TCommand,
  allowedFrom: readonly string[],
  refusal: string,
): (tail: RunEvent[]) => boolean {
  return (tail) => {
    const history = [started, ...tail];
    const state = fold(evolveRun, initialRunState, history);
    const outcome = given(decider, history).when(command, undefined).outcome;
    const wasAllowed = state.exists && allowedFrom.includes(state.state);
    return wasAllowed ? 'events' in outcome : 'error' in outcome && outcome.error.code === refusal;
  };
}
