import { Decider } from '@custody/kernel';
import { RunEvent } from '../../aggregates/run/run.events';
import { evolveRun } from '../../aggregates/run/run.evolve';
import { assertRunMay } from '../../aggregates/run/run.fsm';
import { RunState, initialRunState } from '../../aggregates/run/run.state';

export interface HoldRun {
  readonly runId: string;
}

/** Running → Held; any other state is refused with RunCannotHold. */
export const holdRunDecider: Decider<RunState, HoldRun, RunEvent> = {
  initialState: initialRunState,
  evolve: evolveRun,
  decide(state, command, _context, { now }) {
    assertRunMay(state, 'hold', command.runId);
    return [{ type: 'RunHeld', data: { runId: command.runId, at: now } }];
  },
};
