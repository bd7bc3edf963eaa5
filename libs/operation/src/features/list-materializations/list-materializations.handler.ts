import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Page } from '@custody/kernel';
import { ProjectionRunner, authorize, decodeIdCursor, toPage, filteredRead, preparedRead } from '@custody/platform';
import { DataSource } from 'typeorm';
import { RequestedMaterialization } from '../../aggregates/materialization/materialization.state';
import { MaterializationProgressStore } from '../../jobs/materialization/materialization-progress.store';
import { MATERIALIZATION_SUMMARY } from '../../projections/materialization-summary.projection';
import { MaterializationView, toMaterializationView } from '../../schemas/materialization-view.schema';
import { ListMaterializationsQuery } from './list-materializations.query';

/** The projection in request order (UUIDv7), by keyset on the id, filtered by dataset and state via their indexes. */
@QueryHandler(ListMaterializationsQuery)
export class ListMaterializationsHandler implements IQueryHandler<ListMaterializationsQuery> {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly projections: ProjectionRunner,
    private readonly progress: MaterializationProgressStore,
  ) {}

  async execute({ input, meta }: ListMaterializationsQuery): Promise<Page<MaterializationView>> {
    authorize(meta, 'read');
    const after = decodeIdCursor(input.cursor);
    await this.projections.ensureCurrent(MATERIALIZATION_SUMMARY);
    const rows = await preparedRead<{ stream_id: string; version: number; state: RequestedMaterialization }>(
      this.dataSource,
      filteredRead(
        `SELECT stream_id, version, state FROM operation_materialization_summary`,
        [
          'state_name IS NOT NULL',
          ['dataset_id = ?::uuid', input.datasetId],
          ['state_name = ?::text', input.state],
          ['stream_id > ?::uuid', after],
        ],
        'ORDER BY stream_id LIMIT ?',
        [input.limit + 1],
      ),
    );
    const live = await this.progress.read(rows.slice(0, input.limit).map((r) => r.stream_id));
    return toPage(
      rows,
      input.limit,
      (r) => toMaterializationView(r.state, r.version, live.get(r.stream_id)),
      (r) => [r.stream_id],
    );
  }
}
