import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { IdGenerator } from '@custody/kernel';
import { AggregateRepository, ID_GENERATOR, authorize } from '@custody/platform';
import { ASSEMBLY_STREAM } from '../../aggregates/assembly/assembly.events';
import { evolveFamily } from '../../aggregates/family/family.evolve';
import { initialFamilyState } from '../../aggregates/family/family.state';
import { RegisterAssemblyCommand } from './register-assembly.command';
import { registerAssemblyDecider } from './register-assembly.decider';

@CommandHandler(RegisterAssemblyCommand)
export class RegisterAssemblyHandler implements ICommandHandler<RegisterAssemblyCommand> {
  constructor(
    private readonly aggregates: AggregateRepository,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  async execute({ input, meta }: RegisterAssemblyCommand): Promise<{ assemblyId: string }> {
    authorize(meta, 'command');
    const assemblyId = this.ids.newId();
    await this.aggregates.execute({
      decider: registerAssemblyDecider,
      streamType: ASSEMBLY_STREAM,
      streamId: assemblyId,
      newStream: true,
      command: { assemblyId, name: input.name, slots: input.slots },
      meta,
      loadContext: async (_state, unit) => {
        const familyIds = [...new Set(input.slots.map((s) => s.familyId))];
        const existingFamilyIds: string[] = [];
        for (const familyId of familyIds) {
          const family = await unit.load({ evolve: evolveFamily, initialState: initialFamilyState }, familyId);
          if (family.state.exists) existingFamilyIds.push(familyId);
        }
        return { existingFamilyIds };
      },
    });
    return { assemblyId };
  }
}
