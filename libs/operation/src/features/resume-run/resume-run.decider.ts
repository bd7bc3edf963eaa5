import { Decider } from '@custody/kernel';
import { RunEvent } from '../../aggregates/run/run.events';
import { evolveRun } from '../../aggregates/run/run.evolve';
import { assertRunMay } from '../../aggregates/run/run.fsm';
import { RunState, initialRunState } from '../../aggregates/run/run.state';

export interface ResumeRun {
  readonly runId: string;
}

/** Held → Running (a resumed run is not gated again); any other state is refused with RunCannotResume. */
export const resumeRunDecider: Decider<RunState, ResumeRun, RunEvent> = {
  initialState: initialRunState,
  evolve: evolveRun,
  decide(state, command, _context, { now }) {
    assertRunMay(state, 'resume', command.runId);
    return [{ type: 'RunResumed', data: { runId: command.runId, at: now } }];
  },
};
