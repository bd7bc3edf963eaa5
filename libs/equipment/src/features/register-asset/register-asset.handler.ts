import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { IdGenerator } from '@custody/kernel';
import { AggregateRepository, ID_GENERATOR, authorize } from '@custody/platform';
import { ASSET_STREAM } from '../../aggregates/asset/asset.events';
import { evolveFamily } from '../../aggregates/family/family.evolve';
import { initialFamilyState } from '../../aggregates/family/family.state';
import { evolveModel } from '../../aggregates/model/model.evolve';
import { initialModelState } from '../../aggregates/model/model.state';
import { RegisterAssetCommand } from './register-asset.command';
import { registerAssetDecider } from './register-asset.decider';

@CommandHandler(RegisterAssetCommand)
export class RegisterAssetHandler implements ICommandHandler<RegisterAssetCommand> {
  constructor(
    private readonly aggregates: AggregateRepository,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  async execute({ input, meta }: RegisterAssetCommand): Promise<{ assetId: string }> {
    authorize(meta, 'command');
    const assetId = this.ids.newId();
    await this.aggregates.execute({
      decider: registerAssetDecider,
      streamType: ASSET_STREAM,
      streamId: assetId,
      newStream: true,
      command: {
        assetId,
        name: input.name,
        familyId: input.familyId,
        modelId: input.modelId ?? null,
        serialNumber: input.serialNumber ?? null,
        owner: input.owner ?? null,
      },
      meta,
      loadContext: async (_state, unit) => {
        const family = await unit.load({ evolve: evolveFamily, initialState: initialFamilyState }, input.familyId);
        const model = input.modelId
          ? (await unit.load({ evolve: evolveModel, initialState: initialModelState }, input.modelId)).state
          : initialModelState;
        return { familyExists: family.state.exists, modelFamilyId: model.exists ? model.familyId : null };
      },
    });
    return { assetId };
  }
}
