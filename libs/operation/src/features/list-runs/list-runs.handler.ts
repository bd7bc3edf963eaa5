import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Page } from '@custody/kernel';
import { ProjectionRunner, authorize, decodeIdCursor, toPage, filteredRead, preparedRead } from '@custody/platform';
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
    // The runs that used a dataset come from its side: the run_input index, then each run's summary row.
    const statement = input.inputDatasetId
      ? filteredRead(
          `SELECT r.stream_id, r.version, r.state
             FROM operation_run_input i JOIN operation_run_summary r ON r.stream_id = i.run_id`,
          [
            ['i.dataset_id = ?::uuid', input.inputDatasetId],
            ['r.run_state = ?::text', input.state],
            ['r.method_id = ?::uuid', input.methodId],
            ['i.run_id > ?::uuid', after],
          ],
          'ORDER BY i.run_id LIMIT ?',
          [input.limit + 1],
        )
      : filteredRead(
          'SELECT stream_id, version, state FROM operation_run_summary',
          [
            ['run_state = ?::text', input.state],
            ['method_id = ?::uuid', input.methodId],
            ['stream_id > ?::uuid', after],
          ],
          'ORDER BY stream_id LIMIT ?',
          [input.limit + 1],
        );
    const rows = await preparedRead<{ stream_id: string; version: number; state: StartedRun }>(
      this.dataSource,
      statement,
    );
    return toPage(
      rows,
      input.limit,
      (r) => toRunView(r.state, r.version),
      (r) => [r.stream_id],
    );
  }
}
