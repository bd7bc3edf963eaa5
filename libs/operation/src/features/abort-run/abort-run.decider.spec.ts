import fc from 'fast-check';
import { given } from '@custody/kernel';
import { acceptedExactlyFrom, anyTransition, at, historyEndingIn, runId } from '../../aggregates/run/run.spec-kit';
import { abortRunDecider } from './abort-run.decider';

describe('abort run', () => {
  it('moves a Running run on with RunAborted', () => {
    given(abortRunDecider, historyEndingIn.Running)
      .when({ runId, reason: 'detector failure' }, undefined)
      .then([{ type: 'RunAborted', data: { runId, reason: 'detector failure', at } }]);
  });

  it('refuses an ended run with RunCannotAbort, and an unknown one with RunNotFound', () => {
    given(abortRunDecider, historyEndingIn.Completed)
      .when({ runId, reason: 'detector failure' }, undefined)
      .thenFails('RunCannotAbort');
    given(abortRunDecider, []).when({ runId, reason: 'detector failure' }, undefined).thenFails('RunNotFound');
  });

  it('after any history, is accepted exactly from Running or Held', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...anyTransition), { maxLength: 12 }),
        acceptedExactlyFrom(
          abortRunDecider,
          { runId, reason: 'detector failure' },
          ['Running', 'Held'],
          'RunCannotAbort',
        ),
      ),
    );
  });
});
