import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Page } from '@custody/kernel';
import { ProjectionRunner, authorize, decodeIdCursor, filteredRead, preparedRead, toPage } from '@custody/platform';
import { DataSource } from 'typeorm';
import { DatasetView } from '../../aggregates/dataset/dataset.state';
import {
  DATASET_COLUMNS,
  DATASET_SUMMARY,
  DatasetRow,
  datasetViewFromRow,
} from '../../projections/dataset-summary.projection';
import { ListDatasetsQuery } from './list-datasets.query';

/**
 * The catalogue, in registration order (UUIDv7 ids), by keyset on the primary key: any page, first or millionth,
 * is one index range scan of limit + 1 rows.
 */
@QueryHandler(ListDatasetsQuery)
export class ListDatasetsHandler implements IQueryHandler<ListDatasetsQuery> {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly projections: ProjectionRunner,
  ) {}

  async execute({ input, meta }: ListDatasetsQuery): Promise<Page<DatasetView>> {
    authorize(meta, 'read');
    const after = decodeIdCursor(input.cursor);
    await this.projections.ensureCurrent(DATASET_SUMMARY);
    const rows = await preparedRead<DatasetRow>(
      this.dataSource,
      filteredRead(
        `SELECT ${DATASET_COLUMNS} FROM data_dataset_summary`,
        [['dataset_id > ?::uuid', after]],
        'ORDER BY dataset_id LIMIT ?',
        [input.limit + 1],
      ),
    );
    return toPage(rows, input.limit, datasetViewFromRow, (r) => [r.dataset_id]);
  }
}
