import { Decider, conflict, invalid } from '@custody/kernel';
import { Checksum, sameChecksum } from '../../aggregates/checksum/checksum';
import { datasetDiscarded, datasetNotFound } from '../../aggregates/dataset/dataset.errors';
import { DatasetEvent } from '../../aggregates/dataset/dataset.events';
import { evolveDataset } from '../../aggregates/dataset/dataset.evolve';
import { DatasetState, initialDatasetState } from '../../aggregates/dataset/dataset.state';
import { DistributionRegistered } from '../../aggregates/distribution/distribution.events';
import { tierNotFound } from '../../aggregates/tier/tier.errors';
import { TierState } from '../../aggregates/tier/tier.state';
import { resolveUnderRoot } from '../../aggregates/tier/tier-uri';

export interface RegisterDistribution {
  readonly distributionId: string;
  readonly datasetId: string;
  readonly tierId: string;
  readonly uri: string;
  readonly checksum: Checksum;
  readonly byteSize: number;
}

export interface RegisterDistributionContext {
  readonly tier: TierState;
}

/** The dataset's DatasetDistributionAdded and the new distribution stream's DistributionRegistered. */
export type RegisterDistributionEvent = DatasetEvent | DistributionRegistered;

/**
 * Decided on the dataset (the consistency boundary for its copies). Checks in the contract's order:
 * DatasetNotFound, TierNotFound, DatasetDiscarded, DistributionChecksumMismatch, DistributionAlreadyRegistered
 * (same tier and canonical uri, not discarded), then the uri must lie under the tier's root (400).
 */
export const registerDistributionDecider: Decider<
  DatasetState,
  RegisterDistribution,
  RegisterDistributionEvent,
  RegisterDistributionContext
> = {
  initialState: initialDatasetState,
  evolve: (state, event) => (event.type === 'DistributionRegistered' ? state : evolveDataset(state, event)),
  decide(state, command, { tier }, { now }) {
    if (!state.exists) throw datasetNotFound(command.datasetId);
    if (!tier.exists) throw tierNotFound(command.tierId);
    if (state.status === 'Discarded') throw datasetDiscarded(command.datasetId);
    if (!sameChecksum(state.checksum, command.checksum) || state.byteSize !== command.byteSize) {
      throw conflict(
        'DistributionChecksumMismatch',
        `The copy’s ${command.checksum.algorithm} ${command.checksum.value} of ${command.byteSize} bytes differs from ` +
          `dataset ${command.datasetId}’s ${state.checksum.algorithm} ${state.checksum.value} of ${state.byteSize} bytes.`,
      );
    }
    const resolved = resolveUnderRoot(tier.rootUri, command.uri);
    if (resolved.ok) {
      const uri = resolved.value.uri;
      const existing = state.distributions.find((d) => d.tierId === command.tierId && d.uri === uri);
      if (existing) {
        throw conflict(
          'DistributionAlreadyRegistered',
          `Dataset ${command.datasetId} already has distribution ${existing.distributionId} at ${uri} on tier ${command.tierId}.`,
        );
      }
    } else {
      throw invalid('DistributionUriOutsideTier', `uri ${resolved.reason}.`, [
        { path: 'uri', message: resolved.reason },
      ]);
    }
    const uri = resolved.value.uri;
    return [
      {
        type: 'DatasetDistributionAdded',
        data: {
          datasetId: command.datasetId,
          distributionId: command.distributionId,
          tierId: command.tierId,
          uri,
          at: now,
        },
      },
      {
        type: 'DistributionRegistered',
        data: {
          distributionId: command.distributionId,
          datasetId: command.datasetId,
          tierId: command.tierId,
          uri,
          checksum: command.checksum,
          byteSize: command.byteSize,
          registeredAt: now,
        },
      },
    ];
  },
};
