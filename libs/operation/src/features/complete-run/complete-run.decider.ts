import { Decider } from '@custody/kernel';
import { RunEvent } from '../../aggregates/run/run.events';
import { evolveRun } from '../../aggregates/run/run.evolve';
import { assertRunMay } from '../../aggregates/run/run.fsm';
import { RunState, initialRunState } from '../../aggregates/run/run.state';

export interface CompleteRun {
  readonly runId: string;
}

/** Running → Completed (final); any other state is refused with RunCannotComplete. */
export const completeRunDecider: Decider<RunState, CompleteRun, RunEvent> = {
  initialState: initialRunState,
  evolve: evolveRun,
  decide(state, command, _context, { now }) {
    assertRunMay(state, 'complete', command.runId);
    return [{ type: 'RunCompleted', data: { runId: command.runId, at: now } }];
  },
};
