import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, authorize } from '@custody/platform';
import { ASSEMBLY_STREAM } from '../../aggregates/assembly/assembly.events';
import { DeprecateAssemblyCommand } from './deprecate-assembly.command';
import { deprecateAssemblyDecider } from './deprecate-assembly.decider';

@CommandHandler(DeprecateAssemblyCommand)
export class DeprecateAssemblyHandler implements ICommandHandler<DeprecateAssemblyCommand> {
  constructor(private readonly aggregates: AggregateRepository) {}

  async execute({ input, meta }: DeprecateAssemblyCommand): Promise<void> {
    authorize(meta, 'command');
    await this.aggregates.execute({
      decider: deprecateAssemblyDecider,
      streamType: ASSEMBLY_STREAM,
      streamId: input.assemblyId,
      command: { assemblyId: input.assemblyId },
      meta,
    });
  }
}
