import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Page } from '@custody/kernel';
import { ProjectionRunner, authorize, decodeIdCursor, toPage, filteredRead, preparedRead } from '@custody/platform';
import { DataSource } from 'typeorm';
import { AssetView, RegisteredAsset, toAssetView } from '../../aggregates/asset/asset.state';
import { ASSET_SUMMARY } from '../../projections/asset-summary.projection';
import { ListAssetsQuery } from './list-assets.query';

/** Reads the asset_summary projection, newest registrations last (UUIDv7 order), by keyset on the id. */
@QueryHandler(ListAssetsQuery)
export class ListAssetsHandler implements IQueryHandler<ListAssetsQuery> {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly projections: ProjectionRunner,
  ) {}

  async execute({ input, meta }: ListAssetsQuery): Promise<Page<AssetView>> {
    authorize(meta, 'read');
    const after = decodeIdCursor(input.cursor);
    await this.projections.ensureCurrent(ASSET_SUMMARY);
    const rows = await preparedRead<{ stream_id: string; version: number; state: RegisteredAsset }>(
      this.dataSource,
      filteredRead(
        `SELECT stream_id, version, state FROM asset_summary`,
        [
          ['lifecycle = ?::text', input.lifecycle],
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
      (r) => toAssetView(r.state, r.version),
      (r) => [r.stream_id],
    );
  }
}
