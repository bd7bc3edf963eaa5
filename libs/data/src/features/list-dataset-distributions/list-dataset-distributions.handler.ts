import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Page } from '@custody/kernel';
import { ProjectionRunner, authorize, decodeIdCursor, filteredRead, preparedRead, toPage } from '@custody/platform';
import { DataSource } from 'typeorm';
import { datasetNotFound } from '../../aggregates/dataset/dataset.errors';
import { DistributionView, toDistributionView } from '../../aggregates/distribution/distribution.state';
import { DATASET_SUMMARY } from '../../projections/dataset-summary.projection';
import {
  DISTRIBUTION_COLUMNS,
  DISTRIBUTION_SUMMARY,
  DistributionRow,
  distributionFromRow,
} from '../../projections/distribution-summary.projection';
import { ListDatasetDistributionsQuery } from './list-dataset-distributions.query';

/**
 * A dataset's copies, every status, in registration order: one range scan of the (dataset_id, distribution_id)
 * index. Only an empty page asks whether the dataset exists at all (404 DatasetNotFound).
 */
@QueryHandler(ListDatasetDistributionsQuery)
export class ListDatasetDistributionsHandler implements IQueryHandler<ListDatasetDistributionsQuery> {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly projections: ProjectionRunner,
  ) {}

  async execute({ input, meta }: ListDatasetDistributionsQuery): Promise<Page<DistributionView>> {
    authorize(meta, 'read');
    const after = decodeIdCursor(input.cursor);
    await this.projections.ensureCurrent(DISTRIBUTION_SUMMARY);
    const rows = await preparedRead<DistributionRow>(
      this.dataSource,
      filteredRead(
        `SELECT ${DISTRIBUTION_COLUMNS} FROM data_distribution_summary`,
        [
          ['dataset_id = ?::uuid', input.datasetId],
          ['distribution_id > ?::uuid', after],
          ['status = ?::text', input.status],
        ],
        'ORDER BY distribution_id LIMIT ?',
        [input.limit + 1],
      ),
    );
    if (rows.length === 0 && after === null) {
      await this.projections.ensureCurrent(DATASET_SUMMARY);
      const found: unknown[] = await this.dataSource.query(`SELECT 1 FROM data_dataset_summary WHERE dataset_id = $1`, [
        input.datasetId,
      ]);
      if (found.length === 0) throw datasetNotFound(input.datasetId);
    }
    return toPage(
      rows,
      input.limit,
      (r) => toDistributionView(distributionFromRow(r)),
      (r) => [r.distribution_id],
    );
  }
}
