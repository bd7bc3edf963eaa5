import fc from 'fast-check';
import { given } from '@custody/kernel';
import { acceptedExactlyFrom, anyTransition, at, historyEndingIn, runId } from '../../aggregates/run/run.spec-kit';
import { holdRunDecider } from './hold-run.decider';

describe('hold run', () => {
  it('moves a Running run on with RunHeld', () => {
    given(holdRunDecider, historyEndingIn.Running)
      .when({ runId }, undefined)
      .then([{ type: 'RunHeld', data: { runId, at } }]);
  });

  it('refuses an ended run with RunCannotHold, and an unknown one with RunNotFound', () => {
    given(holdRunDecider, historyEndingIn.Completed).when({ runId }, undefined).thenFails('RunCannotHold');
    given(holdRunDecider, []).when({ runId }, undefined).thenFails('RunNotFound');
  });

  it('after any history, is accepted exactly from Running', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...anyTransition), { maxLength: 12 }),
        acceptedExactlyFrom(holdRunDecider, { runId }, ['Running'], 'RunCannotHold'),
      ),
    );
  });
});
