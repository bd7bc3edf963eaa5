import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Page } from '@custody/kernel';
import { ProjectionRunner, authorize, decodeIdCursor, toPage } from '@custody/platform';
import { DataSource } from 'typeorm';
import { RunView, StartedRun, toRunView } from '../../aggregates/run/run.state';
import { RUN_SUMMARY } from '../../projections/run-summary.projection';
import { ListRunsQuery } from './list-runs.query';

/**
 * Runs in start order (UUIDv7 ids), by keyset on the id. With an input dataset the walk starts from the
 * (dataset_id, run_id) index of the inputs table; state and method are index columns of the summary.
 */
@QueryHandler(ListRunsQuery)
export class ListRunsHandler implements IQueryHandler<ListRunsQuery> {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly projections: ProjectionRunner,
  ) {}

  async execute({ input, meta }: ListRunsQuery): Promise<Page<RunView>> {
    authorize(meta, 'read');
    const after = decodeIdCursor(input.cursor);
    await this.projections.ensureCurrent(RUN_SUMMARY);
    const filters = [input.state ?? null, input.methodId ?? null, after, input.limit + 1];
    const rows: { stream_id: string; version: number; state: StartedRun }[] = input.inputDatasetId
      ? await this.dataSource.query(
          `SELECT r.stream_id, r.version, r.state
             FROM operation_run_input i JOIN operation_run_summary r ON r.stream_id = i.run_id
            WHERE i.dataset_id = $5
              AND ($1::text IS NULL OR r.run_state = $1)
              AND ($2::uuid IS NULL OR r.method_id = $2)
              AND ($3::uuid IS NULL OR i.run_id > $3)
            ORDER BY i.run_id LIMIT $4`,
          [...filters, input.inputDatasetId],
        )
      : await this.dataSource.query(
          `SELECT stream_id, version, state FROM operation_run_summary
            WHERE ($1::text IS NULL OR run_state = $1)
              AND ($2::uuid IS NULL OR method_id = $2)
              AND ($3::uuid IS NULL OR stream_id > $3)
            ORDER BY stream_id LIMIT $4`,
          filters,
        );
    return toPage(
      rows,
      input.limit,
      (r) => toRunView(r.state, r.version),
      (r) => [r.stream_id],
    );
  }
}
