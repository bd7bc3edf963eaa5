import fc from 'fast-check';
import { given } from '@custody/kernel';
import { acceptedExactlyFrom, anyTransition, at, historyEndingIn, runId } from '../../aggregates/run/run.spec-kit';
import { resumeRunDecider } from './resume-run.decider';

describe('resume run', () => {
  it('moves a Held run on with RunResumed', () => {
    given(resumeRunDecider, historyEndingIn.Held)
      .when({ runId }, undefined)
      .then([{ type: 'RunResumed', data: { runId, at } }]);
  });

  it('refuses an ended run with RunCannotResume, and an unknown one with RunNotFound', () => {
    given(resumeRunDecider, historyEndingIn.Completed).when({ runId }, undefined).thenFails('RunCannotResume');
    given(resumeRunDecider, []).when({ runId }, undefined).thenFails('RunNotFound');
  });

  it('after any history, is accepted exactly from Held', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...anyTransition), { maxLength: 12 }),
        acceptedExactlyFrom(resumeRunDecider, { runId }, ['Held'], 'RunCannotResume'),
      ),
    );
  });
});
