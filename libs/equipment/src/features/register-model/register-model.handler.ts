import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { IdGenerator } from '@custody/kernel';
import { AggregateRepository, ID_GENERATOR, authorize } from '@custody/platform';
import { evolveFamily } from '../../aggregates/family/family.evolve';
import { initialFamilyState } from '../../aggregates/family/family.state';
import { MODEL_STREAM } from '../../aggregates/model/model.events';
import { RegisterModelCommand } from './register-model.command';
import { registerModelDecider } from './register-model.decider';

@CommandHandler(RegisterModelCommand)
export class RegisterModelHandler implements ICommandHandler<RegisterModelCommand> {
  constructor(
    private readonly aggregates: AggregateRepository,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  async execute({ input, meta }: RegisterModelCommand): Promise<{ modelId: string }> {
    authorize(meta, 'command');
    const modelId = this.ids.newId();
    const { identifier, identifierType } = input.manufacturer;
    await this.aggregates.execute({
      decider: registerModelDecider,
      streamType: MODEL_STREAM,
      streamId: modelId,
      newStream: true,
      command: {
        modelId,
        familyId: input.familyId,
        name: input.name,
        manufacturer: {
          name: input.manufacturer.name,
          ...(identifier !== undefined && identifierType !== undefined ? { identifier, identifierType } : {}),
        },
      },
      meta,
      loadContext: async (_state, unit) => {
        const family = await unit.load({ evolve: evolveFamily, initialState: initialFamilyState }, input.familyId);
        return { familyExists: family.state.exists };
      },
    });
    return { modelId };
  }
}
