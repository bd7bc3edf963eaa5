import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, authorize } from '@custody/platform';
import { TIER_STREAM } from '../../aggregates/tier/tier.events';
import { UpdateTierReachabilityCommand } from './update-tier-reachability.command';
import { updateTierReachabilityDecider } from './update-tier-reachability.decider';

@CommandHandler(UpdateTierReachabilityCommand)
export class UpdateTierReachabilityHandler implements ICommandHandler<UpdateTierReachabilityCommand> {
  constructor(private readonly aggregates: AggregateRepository) {}

  async execute({ input, meta }: UpdateTierReachabilityCommand): Promise<void> {
    authorize(meta, 'admin');
    await this.aggregates.execute({
      decider: updateTierReachabilityDecider,
      streamType: TIER_STREAM,
      streamId: input.tierId,
      command: { tierId: input.tierId, reachable: input.reachable },
      meta,
    });
  }
}
