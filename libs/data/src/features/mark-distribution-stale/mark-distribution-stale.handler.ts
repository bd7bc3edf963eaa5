import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, authorize } from '@custody/platform';
import { DISTRIBUTION_STREAM } from '../../aggregates/distribution/distribution.events';
import { evolveDistribution } from '../../aggregates/distribution/distribution.evolve';
import { initialDistributionState } from '../../aggregates/distribution/distribution.state';
import { MarkDistributionStaleCommand } from './mark-distribution-stale.command';
import { markDistributionStaleDecider } from './mark-distribution-stale.decider';

const distributionFold = { evolve: evolveDistribution, initialState: initialDistributionState };

/** Locks the dataset before the copy, as every status change does, so discards decide on the current status. */
@CommandHandler(MarkDistributionStaleCommand)
export class MarkDistributionStaleHandler implements ICommandHandler<MarkDistributionStaleCommand> {
  constructor(private readonly aggregates: AggregateRepository) {}

  async execute({ input, meta }: MarkDistributionStaleCommand): Promise<void> {
    authorize(meta, 'command');
    const { distributionId, reason } = input;
    const peek = await this.aggregates.load(distributionFold, distributionId);
    await this.aggregates.transact(meta, async (unit) => {
      if (peek.state.exists) await unit.lock([peek.state.datasetId]);
      const { state } = await unit.load(distributionFold, distributionId);
      const events = markDistributionStaleDecider.decide(state, { distributionId, reason }, undefined, unit.deps);
      unit.append(DISTRIBUTION_STREAM, distributionId, events);
    });
  }
}
