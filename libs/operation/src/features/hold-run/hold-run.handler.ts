import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, authorize } from '@custody/platform';
import { RUN_STREAM } from '../../aggregates/run/run.events';
import { HoldRunCommand } from './hold-run.command';
import { holdRunDecider } from './hold-run.decider';

@CommandHandler(HoldRunCommand)
export class HoldRunHandler implements ICommandHandler<HoldRunCommand> {
  constructor(private readonly aggregates: AggregateRepository) {}

  async execute({ input, meta }: HoldRunCommand): Promise<void> {
    authorize(meta, 'command');
    await this.aggregates.execute({
      decider: holdRunDecider,
      streamType: RUN_STREAM,
      streamId: input.runId,
      command: { runId: input.runId },
      meta,
    });
  }
}
