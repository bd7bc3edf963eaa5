import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { IdGenerator } from '@custody/kernel';
import { AggregateRepository, ID_GENERATOR, authorize } from '@custody/platform';
import { TIER_STREAM } from '../../aggregates/tier/tier.events';
import { RegisterTierCommand } from './register-tier.command';
import { registerTierDecider } from './register-tier.decider';

@CommandHandler(RegisterTierCommand)
export class RegisterTierHandler implements ICommandHandler<RegisterTierCommand> {
  constructor(
    private readonly aggregates: AggregateRepository,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  async execute({ input, meta }: RegisterTierCommand): Promise<{ tierId: string }> {
    authorize(meta, 'command');
    const tierId = this.ids.newId();
    await this.aggregates.execute({
      decider: registerTierDecider,
      streamType: TIER_STREAM,
      streamId: tierId,
      command: {
        tierId,
        name: input.name,
        accessProtocol: input.accessProtocol,
        rootUri: input.rootUri,
        reachable: input.reachable,
      },
      meta,
    });
    return { tierId };
  }
}
