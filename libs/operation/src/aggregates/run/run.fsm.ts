import { conflict } from '@custody/kernel';
import { runNotFound } from './run.errors';
import { RunAborted, RunCompleted, RunEvent, RunHeld, RunResumed, RunStopped } from './run.events';
import { RunState, RunStatus } from './run.state';

/** The commands that move a started run, each its own slice. */
export type RunTransition = 'hold' | 'resume' | 'complete' | 'abort' | 'stop';
export const RUN_TRANSITIONS: readonly RunTransition[] = ['hold', 'resume', 'complete', 'abort', 'stop'];

interface TransitionRule {
  readonly from: readonly RunStatus[];
  readonly to: RunStatus;
  /** The conflict code when the run is in any other state. */
  readonly refusal: string;
}

/** Running ⇄ Held; complete only while Running; abort and stop from Running or Held. Terminal states take nothing. */
export const RUN_FSM: Record<RunTransition, TransitionRule> = {
  hold: { from: ['Running'], to: 'Held', refusal: 'RunCannotHold' },
  resume: { from: ['Held'], to: 'Running', refusal: 'RunCannotResume' },
  complete: { from: ['Running'], to: 'Completed', refusal: 'RunCannotComplete' },
  abort: { from: ['Running', 'Held'], to: 'Aborted', refusal: 'RunCannotAbort' },
  stop: { from: ['Running', 'Held'], to: 'Stopped', refusal: 'RunCannotStop' },
};

/** Refuses an unknown run (RunNotFound) or a state the transition does not leave from (its conflict code). */
export function assertRunMay(state: RunState, transition: RunTransition, runId: string): void {
  if (!state.exists) throw runNotFound(runId);
  const rule = RUN_FSM[transition];
  if (!rule.from.includes(state.state)) {
    throw conflict(
      rule.refusal,
      `Run ${runId} is ${state.state}; ${transition} needs a run that is ${rule.from.join(' or ')}.`,
    );
  }
}

export type RunTransitionEvent = Exclude<RunEvent, { type: 'RunStarted' }>;
export type { RunAborted, RunCompleted, RunHeld, RunResumed, RunStopped };
