import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Page } from '@custody/kernel';
import { ProjectionRunner, authorize, decodeIdCursor, toPage, filteredRead, preparedRead } from '@custody/platform';
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
    const rows = await preparedRead<{ stream_id: string; version: number; state: RegisteredAcquisition }>(
      this.dataSource,
      filteredRead(
        `SELECT stream_id, version, state FROM data_acquisition_summary`,
        [
          'state_name IS NOT NULL',
          ['state_name = ?::text', input.state],
          ['tier_id = ?::uuid', input.tierId],
          ['hosts @> ARRAY[?::text]', input.host],
          ['stream_id > ?::uuid', after],
        ],
        'ORDER BY stream_id LIMIT ?',
        [input.limit + 1],
      ),
    );
    return toPage(
      rows,
      input.limit,
      (r) => toAcquisitionView(r.state, r.version),
      (r) => [r.stream_id],
    );
  }
}
