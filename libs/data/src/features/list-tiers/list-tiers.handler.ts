import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Page } from '@custody/kernel';
import { ProjectionRunner, authorize, decodeIdCursor, toPage, filteredRead, preparedRead } from '@custody/platform';
import { DataSource } from 'typeorm';
import { RegisteredTier, TierView, toTierView } from '../../aggregates/tier/tier.state';
import { TIER_SUMMARY } from '../../projections/tier-summary.projection';
import { ListTiersQuery } from './list-tiers.query';

/** Reads the tier projection in registration order (UUIDv7), by keyset on the id. */
@QueryHandler(ListTiersQuery)
export class ListTiersHandler implements IQueryHandler<ListTiersQuery> {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly projections: ProjectionRunner,
  ) {}

  async execute({ input, meta }: ListTiersQuery): Promise<Page<TierView>> {
    authorize(meta, 'read');
    const after = decodeIdCursor(input.cursor);
    await this.projections.ensureCurrent(TIER_SUMMARY);
    const rows = await preparedRead<{ stream_id: string; version: number; state: RegisteredTier }>(
      this.dataSource,
      filteredRead(
        `SELECT stream_id, version, state FROM data_tier_summary`,
        ['name IS NOT NULL', ['stream_id > ?::uuid', after]],
        'ORDER BY stream_id LIMIT ?',
        [input.limit + 1],
      ),
    );
    return toPage(
      rows,
      input.limit,
      (r) => toTierView(r.state, r.version),
      (r) => [r.stream_id],
    );
  }
}
