import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Page } from '@custody/kernel';
import { ProjectionRunner, authorize, decodeIdCursor, toPage, filteredRead, preparedRead } from '@custody/platform';
import { DataSource } from 'typeorm';
import { FamilyState, FamilyView, toFamilyView } from '../../aggregates/family/family.state';
import { FAMILY_SUMMARY } from '../../projections/family-summary.projection';
import { ListFamiliesQuery } from './list-families.query';

/** Reads the family_summary projection in registration order (UUIDv7), by keyset on the id. */
@QueryHandler(ListFamiliesQuery)
export class ListFamiliesHandler implements IQueryHandler<ListFamiliesQuery> {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly projections: ProjectionRunner,
  ) {}

  async execute({ input, meta }: ListFamiliesQuery): Promise<Page<FamilyView>> {
    authorize(meta, 'read');
    const after = decodeIdCursor(input.cursor);
    await this.projections.ensureCurrent(FAMILY_SUMMARY);
    const rows = await preparedRead<{
      stream_id: string;
      version: number;
      state: Extract<FamilyState, { exists: true }>;
    }>(
      this.dataSource,
      filteredRead(
        'SELECT stream_id, version, state FROM family_summary',
        [['stream_id > ?::uuid', after]],
        'ORDER BY stream_id LIMIT ?',
        [input.limit + 1],
      ),
    );
    return toPage(
      rows,
      input.limit,
      (r) => toFamilyView(r.state, r.version),
      (r) => [r.stream_id],
    );
  }
}
