import { Decider } from '@custody/kernel';
import { RunEvent } from '../../aggregates/run/run.events';
import { evolveRun } from '../../aggregates/run/run.evolve';
import { assertRunMay } from '../../aggregates/run/run.fsm';
import { RunState, initialRunState } from '../../aggregates/run/run.state';

export interface AbortRun {
  readonly runId: string;
  readonly reason: string;
}

/** Running or Held → Aborted, with a reason (final); any other state is refused with RunCannotAbort. */
export const abortRunDecider: Decider<RunState, AbortRun, RunEvent> = {
  initialState: initialRunState,
  evolve: evolveRun,
  decide(state, command, _context, { now }) {
    assertRunMay(state, 'abort', command.runId);
    return [{ type: 'RunAborted', data: { runId: command.runId, reason: command.reason, at: now } }];
  },
};
