import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Page } from '@custody/kernel';
import { ProjectionRunner, authorize, decodeIdCursor, toPage } from '@custody/platform';
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
    const rows: { stream_id: string; version: number; state: RegisteredAsset }[] = await this.dataSource.query(
      `SELECT stream_id, version, state FROM asset_summary
        WHERE ($1::text IS NULL OR lifecycle = $1)
          AND ($2::uuid IS NULL OR family_id = $2)
          AND ($3::uuid IS NULL OR stream_id > $3)
        ORDER BY stream_id LIMIT $4`,
      [input.lifecycle ?? null, input.familyId ?? null, after, input.limit + 1],
    );
    return toPage(
      rows,
      input.limit,
      (r) => toAssetView(r.state, r.version),
      (r) => [r.stream_id],
    );
  }
}
