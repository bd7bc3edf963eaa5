import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { IdGenerator } from '@custody/kernel';
import { AggregateRepository, ID_GENERATOR, authorize } from '@custody/platform';
import { METHOD_STREAM } from '../../aggregates/method/method.events';
import { parametersSchemaErrors } from '../../json-schema/parameters-schema';
import { RegisterMethodCommand, RegisterMethodOutput } from './register-method.command';
import { registerMethodDecider } from './register-method.decider';

@CommandHandler(RegisterMethodCommand)
export class RegisterMethodHandler implements ICommandHandler<RegisterMethodCommand> {
  constructor(
    private readonly aggregates: AggregateRepository,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  async execute({ input, meta }: RegisterMethodCommand): Promise<RegisterMethodOutput> {
    authorize(meta, 'command');
    const methodId = this.ids.newId();
    const parametersSchema = input.parametersSchema ?? null;
    const schemaErrors = parametersSchema ? parametersSchemaErrors(parametersSchema) : [];
    await this.aggregates.execute({
      decider: registerMethodDecider,
      streamType: METHOD_STREAM,
      streamId: methodId,
      newStream: true,
      command: { methodId, name: input.name, neededInputKinds: input.neededInputKinds ?? [], parametersSchema },
      meta,
      loadContext: async () => ({ schemaErrors }),
    });
    return { methodId };
  }
}
