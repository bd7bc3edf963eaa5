import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, authorize } from '@custody/platform';
import { RUN_STREAM } from '../../aggregates/run/run.events';
import { CompleteRunCommand } from './complete-run.command';
import { completeRunDecider } from './complete-run.decider';

@CommandHandler(CompleteRunCommand)
export class CompleteRunHandler implements ICommandHandler<CompleteRunCommand> {
  constructor(private readonly aggregates: AggregateRepository) {}

  async execute({ input, meta }: CompleteRunCommand): Promise<void> {
    authorize(meta, 'command');
    await this.aggregates.execute({
      decider: completeRunDecider,
      streamType: RUN_STREAM,
      streamId: input.runId,
      command: { runId: input.runId },
      meta,
    });
  }
}
