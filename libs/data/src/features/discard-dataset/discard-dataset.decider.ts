import { Decider, conflict } from '@custody/kernel';
import { datasetNotFound } from '../../aggregates/dataset/dataset.errors';
import { DatasetEvent } from '../../aggregates/dataset/dataset.events';
import { evolveDataset } from '../../aggregates/dataset/dataset.evolve';
import { DatasetState, initialDatasetState } from '../../aggregates/dataset/dataset.state';

export interface DiscardDataset {
  readonly datasetId: string;
}

/**
 * Active → Discarded, once. A discarded dataset takes no new copies, and its copies may then all be discarded
 * (the last-Verified-copy guard protects only datasets still kept).
 */
export const discardDatasetDecider: Decider<DatasetState, DiscardDataset, DatasetEvent> = {
  initialState: initialDatasetState,
  evolve: evolveDataset,
  decide(state, command, _context, { now }) {
    if (!state.exists) throw datasetNotFound(command.datasetId);
    if (state.status !== 'Active') {
      throw conflict('DatasetCannotDiscard', `Dataset ${command.datasetId} is ${state.status}; discarded is final.`);
    }
    return [{ type: 'DatasetDiscarded', data: { datasetId: command.datasetId, at: now } }];
  },
};
