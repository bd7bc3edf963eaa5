import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, authorize } from '@custody/platform';
import { RUN_STREAM } from '../../aggregates/run/run.events';
import { ResumeRunCommand } from './resume-run.command';
import { resumeRunDecider } from './resume-run.decider';

@CommandHandler(ResumeRunCommand)
export class ResumeRunHandler implements ICommandHandler<ResumeRunCommand> {
  constructor(private readonly aggregates: AggregateRepository) {}

  async execute({ input, meta }: ResumeRunCommand): Promise<void> {
    authorize(meta, 'command');
    await this.aggregates.execute({
      decider: resumeRunDecider,
      streamType: RUN_STREAM,
      streamId: input.runId,
      command: { runId: input.runId },
      meta,
    });
  }
}
