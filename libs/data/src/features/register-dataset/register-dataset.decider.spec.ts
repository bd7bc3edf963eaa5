import fc from 'fast-check';
import { fold, given } from '@custody/kernel';
import { DatasetEvent } from '../../aggregates/dataset/dataset.events';
import { RegisterDataset, registerDatasetDecider } from './register-dataset.decider';

const datasetId = '0190a000-0000-7000-8000-0000000000e1';
const command: RegisterDataset = {
  datasetId,
  title: 'Run 42, raw frames',
  checksum: { algorithm: 'sha256-tree', value: 'a'.repeat(64) },
  byteSize: 1024,
  intent: 'raw',
  collectedBy: { assetId: '0190a000-0000-7000-8000-0000000000a1', fixtureId: null },
};
const registered: DatasetEvent = {
  type: 'DatasetRegistered',
  data: { ...command, registeredAt: '2026-01-01T00:00:00.000Z' },
};

describe('register dataset', () => {
  it('registers a dataset with its checksum and size', () => {
    given(registerDatasetDecider, []).when(command, undefined).then([registered]);
  });

  it('refuses to register the same dataset twice', () => {
    given(registerDatasetDecider, [registered]).when(command, undefined).thenFails('DatasetAlreadyRegistered');
  });

  it('a registered dataset is Active, has no copies, and keeps exactly the checksum and size it was given', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('sha256' as const, 'sha256-tree' as const),
        fc.stringMatching(/^[0-9a-f]{64}$/),
        fc.nat(),
        (algorithm, value, byteSize) => {
          const outcome = given(registerDatasetDecider, []).when(
            { ...command, checksum: { algorithm, value }, byteSize },
            undefined,
          ).outcome;
          if (!('events' in outcome)) return false;
          const state = fold(registerDatasetDecider.evolve, registerDatasetDecider.initialState, outcome.events);
          return (
            state.exists &&
            state.status === 'Active' &&
            state.distributions.length === 0 &&
            state.checksum.algorithm === algorithm &&
            state.checksum.value === value &&
            state.byteSize === byteSize
          );
        },
      ),
    );
  });
});
