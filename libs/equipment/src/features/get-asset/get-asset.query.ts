import { Query } from '@nestjs/cqrs';
import { CommandMeta } from '@custody/platform';
import { z } from 'zod';
import { AssetView } from '../../aggregates/asset/asset.state';
import { assetView } from '../../views/equipment.views';

export const getAssetInput = z.strictObject({
  assetId: z.guid().describe('The asset to read'),
});
export type GetAssetInput = z.output<typeof getAssetInput>;

export const getAssetOutput = assetView;

export class GetAssetQuery extends Query<AssetView> {
  constructor(
    readonly input: GetAssetInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
