import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, authorize } from '@custody/platform';
import { RUN_STREAM } from '../../aggregates/run/run.events';
import { StopRunCommand } from './stop-run.command';
import { stopRunDecider } from './stop-run.decider';

@CommandHandler(StopRunCommand)
export class StopRunHandler implements ICommandHandler<StopRunCommand> {
  constructor(private readonly aggregates: AggregateRepository) {}

  async execute({ input, meta }: StopRunCommand): Promise<void> {
    authorize(meta, 'command');
    await this.aggregates.execute({
      decider: stopRunDecider,
      streamType: RUN_STREAM,
      streamId: input.runId,
      command: { runId: input.runId, reason: input.reason },
      meta,
    });
  }
}
