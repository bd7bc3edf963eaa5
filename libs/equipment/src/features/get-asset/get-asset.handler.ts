import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AggregateRepository, authorize } from '@custody/platform';
import { assetNotFound } from '../../aggregates/asset/asset.errors';
import { evolveAsset } from '../../aggregates/asset/asset.evolve';
import { AssetView, initialAssetState, toAssetView } from '../../aggregates/asset/asset.state';
import { GetAssetQuery } from './get-asset.query';

/** Folds the stream: always current, never behind a projection. */
@QueryHandler(GetAssetQuery)
export class GetAssetHandler implements IQueryHandler<GetAssetQuery> {
  constructor(private readonly aggregates: AggregateRepository) {}

  async execute({ input, meta }: GetAssetQuery): Promise<AssetView> {
    authorize(meta, 'read');
    const { state, version } = await this.aggregates.load(
      { evolve: evolveAsset, initialState: initialAssetState },
      input.assetId,
    );
    if (!state.exists) throw assetNotFound(input.assetId);
    return toAssetView(state, version);
  }
}
