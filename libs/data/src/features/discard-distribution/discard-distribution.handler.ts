import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, authorize } from '@custody/platform';
import { DATASET_STREAM } from '../../aggregates/dataset/dataset.events';
import { evolveDataset } from '../../aggregates/dataset/dataset.evolve';
import { DatasetState, initialDatasetState } from '../../aggregates/dataset/dataset.state';
import { DISTRIBUTION_STREAM } from '../../aggregates/distribution/distribution.events';
import { evolveDistribution } from '../../aggregates/distribution/distribution.evolve';
import { initialDistributionState } from '../../aggregates/distribution/distribution.state';
import { DiscardDistributionCommand } from './discard-distribution.command';
import { discardDistributionDecider } from './discard-distribution.decider';

const distributionFold = { evolve: evolveDistribution, initialState: initialDistributionState };

/**
 * Locks the dataset first, then the copy and its live siblings: every command that can change a copy's status
 * locks its dataset first, so two concurrent discards of a dataset's two Verified copies run one after the
 * other and the second sees the first.
 */
@CommandHandler(DiscardDistributionCommand)
export class DiscardDistributionHandler implements ICommandHandler<DiscardDistributionCommand> {
  constructor(private readonly aggregates: AggregateRepository) {}

  async execute({ input, meta }: DiscardDistributionCommand): Promise<void> {
    authorize(meta, 'command');
    const { distributionId } = input;
    // A copy's dataset never changes: read it unlocked to know which stream to lock first.
    const peek = await this.aggregates.load(distributionFold, distributionId);
    await this.aggregates.transact(meta, async (unit) => {
      let dataset: DatasetState = initialDatasetState;
      if (peek.state.exists) {
        dataset = (await unit.load({ evolve: evolveDataset, initialState: initialDatasetState }, peek.state.datasetId))
          .state;
      }
      const distribution = await unit.load(distributionFold, distributionId);
      let otherVerifiedCopies = 0;
      for (const sibling of dataset.exists ? dataset.distributions : []) {
        if (sibling.distributionId === distributionId) continue;
        const { state } = await unit.load(distributionFold, sibling.distributionId);
        if (state.exists && state.status === 'Verified') otherVerifiedCopies += 1;
      }
      const events = discardDistributionDecider.decide(
        distribution.state,
        { distributionId },
        { dataset, otherVerifiedCopies },
        unit.deps,
      );
      unit.append(
        DISTRIBUTION_STREAM,
        distributionId,
        events.filter((e) => e.type !== 'DatasetDistributionRemoved'),
      );
      if (peek.state.exists) {
        unit.append(
          DATASET_STREAM,
          peek.state.datasetId,
          events.filter((e) => e.type === 'DatasetDistributionRemoved'),
        );
      }
    });
  }
}
