import fc from 'fast-check';
import { given } from '@custody/kernel';
import { acceptedExactlyFrom, anyTransition, at, historyEndingIn, runId } from '../../aggregates/run/run.spec-kit';
import { stopRunDecider } from './stop-run.decider';

describe('stop run', () => {
  it('moves a Running run on with RunStopped', () => {
    given(stopRunDecider, historyEndingIn.Running)
      .when({ runId, reason: 'detector failure' }, undefined)
      .then([{ type: 'RunStopped', data: { runId, reason: 'detector failure', at } }]);
  });

  it('refuses an ended run with RunCannotStop, and an unknown one with RunNotFound', () => {
    given(stopRunDecider, historyEndingIn.Completed)
      .when({ runId, reason: 'detector failure' }, undefined)
      .thenFails('RunCannotStop');
    given(stopRunDecider, []).when({ runId, reason: 'detector failure' }, undefined).thenFails('RunNotFound');
  });

  it('after any history, is accepted exactly from Running or Held', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...anyTransition), { maxLength: 12 }),
        acceptedExactlyFrom(
          stopRunDecider,
          { runId, reason: 'detector failure' },
          ['Running', 'Held'],
          'RunCannotStop',
        ),
      ),
    );
  });
});
