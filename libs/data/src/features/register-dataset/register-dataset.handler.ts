import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { IdGenerator } from '@custody/kernel';
import { AggregateRepository, ID_GENERATOR, authorize } from '@custody/platform';
import { DATASET_STREAM } from '../../aggregates/dataset/dataset.events';
import { RegisterDatasetCommand } from './register-dataset.command';
import { registerDatasetDecider } from './register-dataset.decider';

@CommandHandler(RegisterDatasetCommand)
export class RegisterDatasetHandler implements ICommandHandler<RegisterDatasetCommand> {
  constructor(
    private readonly aggregates: AggregateRepository,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  async execute({ input, meta }: RegisterDatasetCommand): Promise<{ datasetId: string }> {
    authorize(meta, 'command');
    const datasetId = this.ids.newId();
    await this.aggregates.execute({
      decider: registerDatasetDecider,
      streamType: DATASET_STREAM,
      streamId: datasetId,
      newStream: true,
      command: {
        datasetId,
        title: input.title,
        checksum: input.checksum,
        byteSize: input.byteSize,
        intent: input.intent ?? null,
        collectedBy: input.collectedBy
          ? { assetId: input.collectedBy.assetId ?? null, fixtureId: input.collectedBy.fixtureId ?? null }
          : null,
      },
      meta,
    });
    return { datasetId };
  }
}
