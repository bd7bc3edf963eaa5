import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { IdGenerator } from '@custody/kernel';
import { AggregateRepository, ID_GENERATOR, authorize } from '@custody/platform';
import { evolveAssembly } from '../../aggregates/assembly/assembly.evolve';
import { initialAssemblyState } from '../../aggregates/assembly/assembly.state';
import { evolveAsset } from '../../aggregates/asset/asset.evolve';
import { AssetState, initialAssetState } from '../../aggregates/asset/asset.state';
import { FIXTURE_STREAM } from '../../aggregates/fixture/fixture.events';
import { RegisterFixtureCommand } from './register-fixture.command';
import { registerFixtureDecider } from './register-fixture.decider';

/**
 * Locks the assembly and every bound asset for the whole transaction, so a concurrent deprecation,
 * decommission or uninstall cannot slip between the guards and the write.
 */
@CommandHandler(RegisterFixtureCommand)
export class RegisterFixtureHandler implements ICommandHandler<RegisterFixtureCommand> {
  constructor(
    private readonly aggregates: AggregateRepository,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  async execute({ input, meta }: RegisterFixtureCommand): Promise<{ fixtureId: string }> {
    authorize(meta, 'command');
    const fixtureId = this.ids.newId();
    const assetIds = [...new Set(input.slotAssetBindings.map((b) => b.assetId))];
    await this.aggregates.execute({
      decider: registerFixtureDecider,
      streamType: FIXTURE_STREAM,
      streamId: fixtureId,
      newStream: true,
      command: {
        fixtureId,
        assemblyId: input.assemblyId,
        slotAssetBindings: input.slotAssetBindings,
        parameterOverrides: input.parameterOverrides ?? null,
      },
      meta,
      loadContext: async (_state, unit) => {
        await unit.lock([input.assemblyId, ...assetIds]);
        const assembly = await unit.load(
          { evolve: evolveAssembly, initialState: initialAssemblyState },
          input.assemblyId,
        );
        const assets = new Map<string, AssetState>();
        for (const assetId of assetIds) {
          assets.set(
            assetId,
            (await unit.load({ evolve: evolveAsset, initialState: initialAssetState }, assetId)).state,
          );
        }
        return { assembly: assembly.state, assets };
      },
    });
    return { fixtureId };
  }
}
