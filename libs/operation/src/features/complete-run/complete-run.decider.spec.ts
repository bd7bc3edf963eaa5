import fc from 'fast-check';
import { given } from '@custody/kernel';
import { acceptedExactlyFrom, anyTransition, at, historyEndingIn, runId } from '../../aggregates/run/run.spec-kit';
import { completeRunDecider } from './complete-run.decider';

describe('complete run', () => {
  it('moves a Running run on with RunCompleted', () => {
    given(completeRunDecider, historyEndingIn.Running)
      .when({ runId }, undefined)
      .then([{ type: 'RunCompleted', data: { runId, at } }]);
  });

  it('refuses an ended run with RunCannotComplete, and an unknown one with RunNotFound', () => {
    given(completeRunDecider, historyEndingIn.Completed).when({ runId }, undefined).thenFails('RunCannotComplete');
    given(completeRunDecider, []).when({ runId }, undefined).thenFails('RunNotFound');
  });

  it('after any history, is accepted exactly from Running', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...anyTransition), { maxLength: 12 }),
        acceptedExactlyFrom(completeRunDecider, { runId }, ['Running'], 'RunCannotComplete'),
      ),
    );
  });
});
