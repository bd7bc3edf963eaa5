import { Decider } from '@custody/kernel';
import { RunEvent } from '../../aggregates/run/run.events';
import { evolveRun } from '../../aggregates/run/run.evolve';
import { assertRunMay } from '../../aggregates/run/run.fsm';
import { RunState, initialRunState } from '../../aggregates/run/run.state';

export interface StopRun {
  readonly runId: string;
  readonly reason: string;
}

/** Running or Held → Stopped, with a reason (final); any other state is refused with RunCannotStop. */
export const stopRunDecider: Decider<RunState, StopRun, RunEvent> = {
  initialState: initialRunState,
  evolve: evolveRun,
  decide(state, command, _context, { now }) {
    assertRunMay(state, 'stop', command.runId);
    return [{ type: 'RunStopped', data: { runId: command.runId, reason: command.reason, at: now } }];
  },
};
