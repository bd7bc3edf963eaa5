import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Page } from '@custody/kernel';
import { ProjectionRunner, authorize, decodeIdCursor, toPage } from '@custody/platform';
import { DataSource } from 'typeorm';
import {
  AcquisitionView,
  RegisteredAcquisition,
  toAcquisitionView,
} from '../../aggregates/acquisition/acquisition.state';
import { ACQUISITION_SUMMARY } from '../../projections/acquisition-summary.projection';
import { ListAcquisitionsQuery } from './list-acquisitions.query';

/** Registration order (UUIDv7), keyset on the id, filtered by indexed columns. */
@QueryHandler(ListAcquisitionsQuery)
export class ListAcquisitionsHandler implements IQueryHandler<ListAcquisitionsQuery> {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly projections: ProjectionRunner,
  ) {}

  async execute({ input, meta }: ListAcquisitionsQuery): Promise<Page<AcquisitionView>> {
    authorize(meta, 'read');
    const after = decodeIdCursor(input.cursor);
    await this.projections.ensureCurrent(ACQUISITION_SUMMARY);
    const rows: { stream_id: string; version: number; state: RegisteredAcquisition }[] = await this.dataSource.query(
      `SELECT stream_id, version, state FROM data_acquisition_summary
        WHERE state_name IS NOT NULL
          AND ($1::text IS NULL OR state_name = $1)
          AND ($2::uuid IS NULL OR tier_id = $2)
          AND ($3::text IS NULL OR hosts @> ARRAY[$3::text])
          AND ($4::uuid IS NULL OR stream_id > $4)
        ORDER BY stream_id LIMIT $5`,
      [input.state ?? null, input.tierId ?? null, input.host ?? null, after, input.limit + 1],
    );
    return toPage(
      rows,
      input.limit,
      (r) => toAcquisitionView(r.state, r.version),
      (r) => [r.stream_id],
    );
  }
}
