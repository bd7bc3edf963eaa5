import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, authorize } from '@custody/platform';
import { RUN_STREAM } from '../../aggregates/run/run.events';
import { AbortRunCommand } from './abort-run.command';
import { abortRunDecider } from './abort-run.decider';

@CommandHandler(AbortRunCommand)
export class AbortRunHandler implements ICommandHandler<AbortRunCommand> {
  constructor(private readonly aggregates: AggregateRepository) {}

  async execute({ input, meta }: AbortRunCommand): Promise<void> {
    authorize(meta, 'command');
    await this.aggregates.execute({
      decider: abortRunDecider,
      streamType: RUN_STREAM,
      streamId: input.runId,
      command: { runId: input.runId, reason: input.reason },
      meta,
    });
  }
}
