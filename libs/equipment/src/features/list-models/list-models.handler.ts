import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Page } from '@custody/kernel';
import { ProjectionRunner, authorize, decodeIdCursor, toPage, filteredRead, preparedRead } from '@custody/platform';
import { DataSource } from 'typeorm';
import { ModelState, ModelView, toModelView } from '../../aggregates/model/model.state';
import { MODEL_SUMMARY } from '../../projections/model-summary.projection';
import { ListModelsQuery } from './list-models.query';

/** Reads the model_summary projection in registration order (UUIDv7), by keyset on the id. */
@QueryHandler(ListModelsQuery)
export class ListModelsHandler implements IQueryHandler<ListModelsQuery> {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly projections: ProjectionRunner,
  ) {}

  async execute({ input, meta }: ListModelsQuery): Promise<Page<ModelView>> {
    authorize(meta, 'read');
    const after = decodeIdCursor(input.cursor);
    await this.projections.ensureCurrent(MODEL_SUMMARY);
    const rows = await preparedRead<{
      stream_id: string;
      version: number;
      state: Extract<ModelState, { exists: true }>;
    }>(
      this.dataSource,
      filteredRead(
        'SELECT stream_id, version, state FROM model_summary',
        [
          ['family_id = ?::uuid', input.familyId],
          ['stream_id > ?::uuid', after],
        ],
        'ORDER BY stream_id LIMIT ?',
        [input.limit + 1],
      ),
    );
    return toPage(
      rows,
      input.limit,
      (r) => toModelView(r.state, r.version),
      (r) => [r.stream_id],
    );
  }
}
