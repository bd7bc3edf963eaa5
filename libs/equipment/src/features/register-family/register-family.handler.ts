import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { IdGenerator } from '@custody/kernel';
import { AggregateRepository, ID_GENERATOR, authorize } from '@custody/platform';
import { FAMILY_STREAM } from '../../aggregates/family/family.events';
import { RegisterFamilyCommand } from './register-family.command';
import { registerFamilyDecider } from './register-family.decider';

@CommandHandler(RegisterFamilyCommand)
export class RegisterFamilyHandler implements ICommandHandler<RegisterFamilyCommand> {
  constructor(
    private readonly aggregates: AggregateRepository,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  async execute({ input, meta }: RegisterFamilyCommand): Promise<{ familyId: string }> {
    authorize(meta, 'command');
    const familyId = this.ids.newId();
    await this.aggregates.execute({
      decider: registerFamilyDecider,
      streamType: FAMILY_STREAM,
      streamId: familyId,
      newStream: true,
      command: { familyId, name: input.name },
      meta,
    });
    return { familyId };
  }
}
