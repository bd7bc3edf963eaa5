import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Page } from '@custody/kernel';
import { ProjectionRunner, authorize, decodeIdCursor, toPage, filteredRead, preparedRead } from '@custody/platform';
import { DataSource } from 'typeorm';
import { MethodView, RegisteredMethod, toMethodView } from '../../aggregates/method/method.state';
import { METHOD_SUMMARY } from '../../projections/method-summary.projection';
import { ListMethodsQuery } from './list-methods.query';

/** Methods in registration order (UUIDv7 ids), by keyset on the primary key. */
@QueryHandler(ListMethodsQuery)
export class ListMethodsHandler implements IQueryHandler<ListMethodsQuery> {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly projections: ProjectionRunner,
  ) {}

  async execute({ input, meta }: ListMethodsQuery): Promise<Page<MethodView>> {
    authorize(meta, 'read');
    const after = decodeIdCursor(input.cursor);
    await this.projections.ensureCurrent(METHOD_SUMMARY);
    const rows = await preparedRead<{ stream_id: string; version: number; state: RegisteredMethod }>(
      this.dataSource,
      filteredRead(
        `SELECT stream_id, version, state FROM operation_method_summary`,
        [['stream_id > ?::uuid', after]],
        'ORDER BY stream_id LIMIT ?',
        [input.limit + 1],
      ),
    );
    return toPage(
      rows,
      input.limit,
      (r) => toMethodView(r.state, r.version),
      (r) => [r.stream_id],
    );
  }
}
