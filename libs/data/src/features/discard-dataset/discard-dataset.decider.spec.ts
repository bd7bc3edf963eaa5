import fc from 'fast-check';
import { fold, given } from '@custody/kernel';
import { DatasetEvent } from '../../aggregates/dataset/dataset.events';
import { discardDatasetDecider } from './discard-dataset.decider';

const datasetId = '0190a000-0000-7000-8000-0000000000e1';
const at = '2026-01-01T00:00:00.000Z';
const registered: DatasetEvent = {
  type: 'DatasetRegistered',
  data: {
    datasetId,
    title: 'Run 42',
    checksum: { algorithm: 'sha256', value: 'b'.repeat(64) },
    byteSize: 10,
    intent: null,
    collectedBy: null,
    registeredAt: at,
  },
};
const discarded: DatasetEvent = { type: 'DatasetDiscarded', data: { datasetId, at } };

describe('discard dataset', () => {
  it('discards an active dataset', () => {
    given(discardDatasetDecider, [registered]).when({ datasetId }, undefined).then([discarded]);
  });

  it('refuses a second discard', () => {
    given(discardDatasetDecider, [registered, discarded])
      .when({ datasetId }, undefined)
      .thenFails('DatasetCannotDiscard');
  });

  it('refuses an unknown dataset', () => {
    given(discardDatasetDecider, []).when({ datasetId }, undefined).thenFails('DatasetNotFound');
  });

  it('whatever the number of attempts, a dataset is discarded exactly once', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), (attempts) => {
        let history: DatasetEvent[] = [registered];
        let accepted = 0;
        for (let i = 0; i < attempts; i++) {
          const outcome = given(discardDatasetDecider, history).when({ datasetId }, undefined).outcome;
          if ('events' in outcome) {
            accepted += 1;
            history = [...history, ...outcome.events];
          }
        }
        const state = fold(discardDatasetDecider.evolve, discardDatasetDecider.initialState, history);
        return accepted === 1 && state.exists && state.status === 'Discarded' && state.discardedAt === at;
      }),
    );
  });
});
