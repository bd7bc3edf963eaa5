import { Decider, conflict } from '@custody/kernel';
import { Checksum } from '../../aggregates/checksum/checksum';
import { CollectedBy, DatasetEvent } from '../../aggregates/dataset/dataset.events';
import { evolveDataset } from '../../aggregates/dataset/dataset.evolve';
import { DatasetState, initialDatasetState } from '../../aggregates/dataset/dataset.state';

export interface RegisterDataset {
  readonly datasetId: string;
  readonly title: string;
  readonly checksum: Checksum;
  readonly byteSize: number;
  readonly intent: string | null;
  readonly collectedBy: CollectedBy | null;
}

/** A dataset is its identity, its checksum and size: every copy must match them. */
export const registerDatasetDecider: Decider<DatasetState, RegisterDataset, DatasetEvent> = {
  initialState: initialDatasetState,
  evolve: evolveDataset,
  decide(state, command, _context, { now }) {
    if (state.exists) throw conflict('DatasetAlreadyRegistered', `Dataset ${command.datasetId} is already registered.`);
    return [
      {
        type: 'DatasetRegistered',
        data: {
          datasetId: command.datasetId,
          title: command.title,
          checksum: command.checksum,
          byteSize: command.byteSize,
          intent: command.intent,
          collectedBy: command.collectedBy,
          registeredAt: now,
        },
      },
    ];
  },
};
