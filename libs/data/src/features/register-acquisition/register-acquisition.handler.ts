import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { IdGenerator } from '@custody/kernel';
import { AggregateRepository, ID_GENERATOR, authorize } from '@custody/platform';
import { ACQUISITION_STREAM } from '../../aggregates/acquisition/acquisition.events';
import { evolveTier } from '../../aggregates/tier/tier.evolve';
import { initialTierState } from '../../aggregates/tier/tier.state';
import { RegisterAcquisitionCommand } from './register-acquisition.command';
import { registerAcquisitionDecider } from './register-acquisition.decider';

const tierFold = { evolve: evolveTier, initialState: initialTierState };

@CommandHandler(RegisterAcquisitionCommand)
export class RegisterAcquisitionHandler implements ICommandHandler<RegisterAcquisitionCommand> {
  constructor(
    private readonly aggregates: AggregateRepository,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  async execute({ input, meta }: RegisterAcquisitionCommand): Promise<{ acquisitionId: string; state: 'staging' }> {
    authorize(meta, 'command');
    const acquisitionId = this.ids.newId();
    await this.aggregates.execute({
      decider: registerAcquisitionDecider,
      streamType: ACQUISITION_STREAM,
      streamId: acquisitionId,
      newStream: true,
      command: {
        acquisitionId,
        tierId: input.tierId,
        path: input.path,
        runKind: input.runKind,
        targetTierId: input.targetTierId ?? null,
        retention: input.retention
          ? { policy: input.retention.policy, retainHours: input.retention.retainHours ?? null }
          : { policy: 'manual', retainHours: null },
        assetId: input.assetId ?? null,
        fixtureId: input.fixtureId ?? null,
        expectedFiles: input.expectedFiles ?? null,
        host: input.host ?? null,
      },
      meta,
      // Tiers are read, not locked: a tier's root never changes.
      loadContext: async (_state, unit) => ({
        tier: (await this.aggregates.load(tierFold, input.tierId, unit.manager)).state,
        targetTier: input.targetTierId
          ? (await this.aggregates.load(tierFold, input.targetTierId, unit.manager)).state
          : null,
      }),
    });
    return { acquisitionId, state: 'staging' };
  }
}
