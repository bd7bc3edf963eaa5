import { Decider, DomainEvent, given } from '@custody/kernel';
import { RunEvent } from './aggregates/run/run.events';
import { RUN_STATUSES, RunState, RunStatus } from './aggregates/run/run.state';
import { abortRunDecider } from './features/abort-run/abort-run.decider';
import { completeRunDecider } from './features/complete-run/complete-run.decider';
import { holdRunDecider } from './features/hold-run/hold-run.decider';
import { resumeRunDecider } from './features/resume-run/resume-run.decider';
import { stopRunDecider } from './features/stop-run/stop-run.decider';

const runId = '0190a000-0000-7000-8000-0000000000b1';
const at = '2026-01-01T00:00:00.000Z';
const started: RunEvent = {
  type: 'RunStarted',
  data: { runId, methodId: runId, inputDatasetIds: [], parameters: {}, inputCopies: [], startedAt: at },
};
const reached: Record<RunStatus, RunEvent[]> = {
  Running: [started],
  Held: [started, { type: 'RunHeld', data: { runId, at } }],
  Completed: [started, { type: 'RunCompleted', data: { runId, at } }],
  Aborted: [started, { type: 'RunAborted', data: { runId, reason: 'r', at } }],
  Stopped: [started, { type: 'RunStopped', data: { runId, reason: 'r', at } }],
};

type AnyDecider = Decider<RunState, { runId: string; reason?: string }, DomainEvent>;
const commands: Record<string, { decider: AnyDecider; refusal: string }> = {
  hold: { decider: holdRunDecider as AnyDecider, refusal: 'RunCannotHold' },
  resume: { decider: resumeRunDecider as AnyDecider, refusal: 'RunCannotResume' },
  complete: { decider: completeRunDecider as AnyDecider, refusal: 'RunCannotComplete' },
  abort: { decider: abortRunDecider as AnyDecider, refusal: 'RunCannotAbort' },
  stop: { decider: stopRunDecider as AnyDecider, refusal: 'RunCannotStop' },
};

/** The whole FSM written out by hand: state × command → the state after, or null for the command's refusal. */
const EXPECTED: Record<RunStatus, Record<string, RunStatus | null>> = {
  Running: { hold: 'Held', resume: null, complete: 'Completed', abort: 'Aborted', stop: 'Stopped' },
  Held: { hold: null, resume: 'Running', complete: null, abort: 'Aborted', stop: 'Stopped' },
  Completed: { hold: null, resume: null, complete: null, abort: null, stop: null },
  Aborted: { hold: null, resume: null, complete: null, abort: null, stop: null },
  Stopped: { hold: null, resume: null, complete: null, abort: null, stop: null },
};

describe('the run FSM, every state × every command', () => {
  const cases = RUN_STATUSES.flatMap((status) =>
    Object.keys(commands).map((name) => [status, name, EXPECTED[status][name]] as const),
  );

  it('covers every state and command', () => {
    expect(cases).toHaveLength(RUN_STATUSES.length * 5);
  });

  it.each(cases)('%s + %s → %s', (status, name, after) => {
    const { decider, refusal } = commands[name];
    const expectation = given(decider, reached[status]).when({ runId, reason: 'because' }, undefined);
    if (after === null) {
      expectation.thenFails(refusal);
      return;
    }
    const { outcome } = expectation;
    if (!('events' in outcome)) throw new Error(`${name} from ${status} refused: ${outcome.error.code}`);
    const state = [...reached[status], ...(outcome.events as RunEvent[])].reduce(
      decider.evolve as never,
      decider.initialState,
    );
    expect((state as RunState).exists && (state as { state: RunStatus }).state).toBe(after);
    expect(outcome.events).toHaveLength(1);
    expect((outcome.events[0].data as { runId: string }).runId).toBe(runId);
  });

  it.each(Object.keys(commands))('%s on an unknown run is RunNotFound', (name) => {
    given(commands[name].decider, []).when({ runId }, undefined).thenFails('RunNotFound');
  });
});
