import { Decider, conflict } from '@custody/kernel';
import { DatasetDistributionRemoved } from '../../aggregates/dataset/dataset.events';
import { DatasetState } from '../../aggregates/dataset/dataset.state';
import { distributionNotFound } from '../../aggregates/distribution/distribution.errors';
import { DistributionEvent } from '../../aggregates/distribution/distribution.events';
import { evolveDistribution } from '../../aggregates/distribution/distribution.evolve';
import { DistributionState, initialDistributionState } from '../../aggregates/distribution/distribution.state';

export interface DiscardDistribution {
  readonly distributionId: string;
}

/** Facts about the dataset, loaded (and locked) by the handler before the copy itself. */
export interface DiscardDistributionContext {
  readonly dataset: DatasetState;
  /** How many of the dataset's other live copies are Verified. */
  readonly otherVerifiedCopies: number;
}

/** DistributionDiscarded on the copy's stream, DatasetDistributionRemoved on the dataset's. */
export type DiscardDistributionEvent = DistributionEvent | DatasetDistributionRemoved;

/**
 * Discards a copy, unless it is the only Verified copy of a dataset still kept (Active). Discarding a copy that
 * is already discarded changes nothing.
 */
export const discardDistributionDecider: Decider<
  DistributionState,
  DiscardDistribution,
  DiscardDistributionEvent,
  DiscardDistributionContext
> = {
  initialState: initialDistributionState,
  evolve: (state, event) => (event.type === 'DatasetDistributionRemoved' ? state : evolveDistribution(state, event)),
  decide(state, command, { dataset, otherVerifiedCopies }, { now }) {
    if (!state.exists) throw distributionNotFound(command.distributionId);
    if (state.status === 'Discarded') return [];
    const kept = dataset.exists && dataset.status === 'Active';
    if (kept && state.status === 'Verified' && otherVerifiedCopies === 0) {
      throw conflict(
        'DistributionCannotDiscardLastVerified',
        `Distribution ${command.distributionId} is the only Verified copy of dataset ${state.datasetId}; verify another copy first.`,
      );
    }
    return [
      { type: 'DistributionDiscarded', data: { distributionId: command.distributionId, at: now } },
      {
        type: 'DatasetDistributionRemoved',
        data: { datasetId: state.datasetId, distributionId: command.distributionId, at: now },
      },
    ];
  },
};
