import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, authorize } from '@custody/platform';
import { DATASET_STREAM } from '../../aggregates/dataset/dataset.events';
import { DiscardDatasetCommand } from './discard-dataset.command';
import { discardDatasetDecider } from './discard-dataset.decider';

@CommandHandler(DiscardDatasetCommand)
export class DiscardDatasetHandler implements ICommandHandler<DiscardDatasetCommand> {
  constructor(private readonly aggregates: AggregateRepository) {}

  async execute({ input, meta }: DiscardDatasetCommand): Promise<void> {
    authorize(meta, 'command');
    await this.aggregates.execute({
      decider: discardDatasetDecider,
      streamType: DATASET_STREAM,
      streamId: input.datasetId,
      command: { datasetId: input.datasetId },
      meta,
    });
  }
}
