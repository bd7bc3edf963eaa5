import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { IdGenerator } from '@custody/kernel';
import { AggregateRepository, ID_GENERATOR, authorize } from '@custody/platform';
import { ACQUISITION_STREAM } from '../../aggregates/acquisition/acquisition.events';
import { evolveAcquisition } from '../../aggregates/acquisition/acquisition.evolve';
import { initialAcquisitionState } from '../../aggregates/acquisition/acquisition.state';
import { DATASET_STREAM } from '../../aggregates/dataset/dataset.events';
import { evolveDataset } from '../../aggregates/dataset/dataset.evolve';
import { initialDatasetState } from '../../aggregates/dataset/dataset.state';
import { DISTRIBUTION_STREAM } from '../../aggregates/distribution/distribution.events';
import { evolveDistribution } from '../../aggregates/distribution/distribution.evolve';
import { initialDistributionState } from '../../aggregates/distribution/distribution.state';
import { AcquisitionProgressResult, RecordAcquisitionProgressCommand } from './record-acquisition-progress.command';
import { RecordAcquisitionProgress, recordAcquisitionProgressDecider } from './record-acquisition-progress.decider';

const acquisitionFold = { evolve: evolveAcquisition, initialState: initialAcquisitionState };

/** One transaction over the acquisition and, for `dataset`, the new dataset and distribution streams. */
@CommandHandler(RecordAcquisitionProgressCommand)
export class RecordAcquisitionProgressHandler implements ICommandHandler<RecordAcquisitionProgressCommand> {
  constructor(
    private readonly aggregates: AggregateRepository,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  async execute({ input, meta }: RecordAcquisitionProgressCommand): Promise<AcquisitionProgressResult> {
    authorize(meta, 'command');
    return this.aggregates.transact(meta, async (unit) => {
      const { state } = await unit.load(acquisitionFold, input.acquisitionId);
      let command: RecordAcquisitionProgress;
      if (input.kind === 'dataset') {
        const datasetId = this.ids.newId();
        const distributionId = this.ids.newId();
        await unit.load({ evolve: evolveDataset, initialState: initialDatasetState }, datasetId);
        await unit.load({ evolve: evolveDistribution, initialState: initialDistributionState }, distributionId);
        command = { ...input, datasetId, distributionId };
      } else {
        command = input;
      }
      const events = recordAcquisitionProgressDecider.decide(state, command, undefined, unit.deps);
      unit.append(
        ACQUISITION_STREAM,
        input.acquisitionId,
        events.filter((e) => e.type.startsWith('Acquisition')),
      );
      if (command.kind === 'dataset') {
        unit.append(
          DATASET_STREAM,
          command.datasetId,
          events.filter((e) => e.type.startsWith('Dataset')),
        );
        unit.append(
          DISTRIBUTION_STREAM,
          command.distributionId,
          events.filter((e) => e.type.startsWith('Distribution')),
        );
      }
      const recorded = events.find((e) => e.type === 'AcquisitionDatasetRecorded');
      if (recorded && recorded.type === 'AcquisitionDatasetRecorded') {
        return { datasetId: recorded.data.datasetId, stagingDistributionId: recorded.data.distributionId };
      }
      return state.exists
        ? { datasetId: state.datasetId, stagingDistributionId: state.stagingDistributionId }
        : { datasetId: null, stagingDistributionId: null };
    });
  }
}
