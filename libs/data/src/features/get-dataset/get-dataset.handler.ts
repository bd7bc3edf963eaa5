import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AggregateRepository, authorize } from '@custody/platform';
import { datasetNotFound } from '../../aggregates/dataset/dataset.errors';
import { evolveDataset } from '../../aggregates/dataset/dataset.evolve';
import { DatasetView, initialDatasetState, toDatasetView } from '../../aggregates/dataset/dataset.state';
import { GetDatasetQuery } from './get-dataset.query';

/** Folds the stream: always current. */
@QueryHandler(GetDatasetQuery)
export class GetDatasetHandler implements IQueryHandler<GetDatasetQuery> {
  constructor(private readonly aggregates: AggregateRepository) {}

  async execute({ input, meta }: GetDatasetQuery): Promise<DatasetView> {
    authorize(meta, 'read');
    const { state, version } = await this.aggregates.load(
      { evolve: evolveDataset, initialState: initialDatasetState },
      input.datasetId,
    );
    if (!state.exists) throw datasetNotFound(input.datasetId);
    return toDatasetView(state, version);
  }
}
