import { Query } from '@nestjs/cqrs';
import { CommandMeta, pageQueryShape, pageOf } from '@custody/platform';
import { Page } from '@custody/kernel';
import { z } from 'zod';
import { ASSET_LIFECYCLES, AssetLifecycle, AssetView } from '../../aggregates/asset/asset.state';
import { assetView } from '../../views/equipment.views';

export const listAssetsInput = z.strictObject({
  lifecycle: z
    .enum(ASSET_LIFECYCLES as [AssetLifecycle, ...AssetLifecycle[]])
    .optional()
    .describe('Only assets in this lifecycle state'),
  familyId: z.guid().optional().describe('Only assets of this family'),
  ...pageQueryShape,
});
export type ListAssetsInput = z.output<typeof listAssetsInput>;

export const listAssetsOutput = pageOf(assetView);

export class ListAssetsQuery extends Query<Page<AssetView>> {
  constructor(
    readonly input: ListAssetsInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
