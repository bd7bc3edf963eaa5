import fc from 'fast-check';
import { fold, given } from '@custody/kernel';
import { RunEvent } from '../../aggregates/run/run.events';
import { evolveRun } from '../../aggregates/run/run.evolve';
import { initialRunState } from '../../aggregates/run/run.state';
import { resumeRunDecider } from './resume-run.decider';

const runId = '0190a000-0000-7000-8000-0000000000b1';
const at = '2026-01-01T00:00:00.000Z';
const started: RunEvent = {
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
const to: Record<string, RunEvent[]> = {
  Running: [started],
  Held: [started, { type: 'RunHeld', data: { runId, at } }],
  Completed: [started, { type: 'RunCompleted', data: { runId, at } }],
  Aborted: [started, { type: 'RunAborted', data: { runId, reason: 'r', at } }],
  Stopped: [started, { type: 'RunStopped', data: { runId, reason: 'r', at } }],
};
const ALLOWED: string[] = ['Held'];

describe('resume run', () => {
  it('moves a Held run on with RunResumed', () => {
    given(resumeRunDecider, to.Held)
      .when({ runId }, undefined)
      .then([{ type: 'RunResumed', data: { runId, at } }]);
  });

  it('refuses an ended run with RunCannotResume, and an unknown one with RunNotFound', () => {
    given(resumeRunDecider, to.Completed).when({ runId }, undefined).thenFails('RunCannotResume');
    given(resumeRunDecider, []).when({ runId }, undefined).thenFails('RunNotFound');
  });

  it('after any history, is accepted exactly from Held', () => {
    const steps: RunEvent[] = [
      { type: 'RunHeld', data: { runId, at } },
      { type: 'RunResumed', data: { runId, at } },
      { type: 'RunCompleted', data: { runId, at } },
      { type: 'RunAborted', data: { runId, reason: 'r', at } },
      { type: 'RunStopped', data: { runId, reason: 'r', at } },
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...steps), { maxLength: 12 }), (tail) => {
        const history = [started, ...tail];
        const state = fold(evolveRun, initialRunState, history);
        const outcome = given(resumeRunDecider, history).when({ runId }, undefined).outcome;
        const wasAllowed = state.exists && ALLOWED.includes(state.state);
        return wasAllowed ? 'events' in outcome : 'error' in outcome && outcome.error.code === 'RunCannotResume';
      }),
    );
  });
});
