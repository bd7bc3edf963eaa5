import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Page } from '@custody/kernel';
import { ProjectionRunner, authorize, decodeIdCursor, toPage, filteredRead, preparedRead } from '@custody/platform';
import { DataSource } from 'typeorm';
import { FixtureView, RegisteredFixture, toFixtureView } from '../../aggregates/fixture/fixture.state';
import { FIXTURE_SUMMARY } from '../../projections/fixture-summary.projection';
import { ListFixturesQuery } from './list-fixtures.query';

/** Reads the fixture_summary projection, oldest registrations first (UUIDv7 order), by keyset on the id. */
@QueryHandler(ListFixturesQuery)
export class ListFixturesHandler implements IQueryHandler<ListFixturesQuery> {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly projections: ProjectionRunner,
  ) {}

  async execute({ input, meta }: ListFixturesQuery): Promise<Page<FixtureView>> {
    authorize(meta, 'read');
    const after = decodeIdCursor(input.cursor);
    await this.projections.ensureCurrent(FIXTURE_SUMMARY);
    const rows = await preparedRead<{ stream_id: string; version: number; state: RegisteredFixture }>(
      this.dataSource,
      filteredRead(
        `SELECT stream_id, version, state FROM fixture_summary`,
        [
          ['assembly_id = ?::uuid', input.assemblyId],
          ['asset_ids @> ARRAY[?::uuid]', input.assetId],
          ['stream_id > ?::uuid', after],
        ],
        'ORDER BY stream_id LIMIT ?',
        [input.limit + 1],
      ),
    );
    return toPage(
      rows,
      input.limit,
      (r) => toFixtureView(r.state, r.version),
      (r) => [r.stream_id],
    );
  }
}
