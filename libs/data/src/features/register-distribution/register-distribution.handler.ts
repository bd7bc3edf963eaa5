import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { IdGenerator } from '@custody/kernel';
import { AggregateRepository, ID_GENERATOR, authorize } from '@custody/platform';
import { DATASET_STREAM } from '../../aggregates/dataset/dataset.events';
import { evolveDataset } from '../../aggregates/dataset/dataset.evolve';
import { initialDatasetState } from '../../aggregates/dataset/dataset.state';
import { DISTRIBUTION_STREAM } from '../../aggregates/distribution/distribution.events';
import { evolveDistribution } from '../../aggregates/distribution/distribution.evolve';
import { initialDistributionState } from '../../aggregates/distribution/distribution.state';
import { evolveTier } from '../../aggregates/tier/tier.evolve';
import { initialTierState } from '../../aggregates/tier/tier.state';
import { RegisterDistributionCommand } from './register-distribution.command';
import { registerDistributionDecider } from './register-distribution.decider';

/**
 * One transaction over the dataset (locked: a concurrent registration of the same uri waits and then sees this
 * one) and the new distribution stream. The tier is read, not locked: its root never changes.
 */
@CommandHandler(RegisterDistributionCommand)
export class RegisterDistributionHandler implements ICommandHandler<RegisterDistributionCommand> {
  constructor(
    private readonly aggregates: AggregateRepository,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  async execute({ input, meta }: RegisterDistributionCommand): Promise<{ distributionId: string }> {
    authorize(meta, 'command');
    const distributionId = this.ids.newId();
    await this.aggregates.transact(meta, async (unit) => {
      const dataset = await unit.load({ evolve: evolveDataset, initialState: initialDatasetState }, input.datasetId);
      const tier = await this.aggregates.load(
        { evolve: evolveTier, initialState: initialTierState },
        input.tierId,
        unit.manager,
      );
      await unit.load({ evolve: evolveDistribution, initialState: initialDistributionState }, distributionId);
      const events = registerDistributionDecider.decide(
        dataset.state,
        { distributionId, ...input },
        { tier: tier.state },
        unit.deps,
      );
      unit.append(
        DATASET_STREAM,
        input.datasetId,
        events.filter((e) => e.type !== 'DistributionRegistered'),
      );
      unit.append(
        DISTRIBUTION_STREAM,
        distributionId,
        events.filter((e) => e.type === 'DistributionRegistered'),
      );
    });
    return { distributionId };
  }
}
