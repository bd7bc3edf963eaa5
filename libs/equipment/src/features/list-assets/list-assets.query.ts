import { Query } from '@nestjs/cqrs';
import { CommandMeta, pageQueryShape } from '@custody/platform';
import { Page } from '@custody/kernel';
import { z } from 'zod';
import { ASSET_LIFECYCLES, AssetLifecycle, AssetView } from '../../aggregates/asset/asset.state';

export const listAssetsInput = z.strictObject({
  lifecycle: z
    .enum(ASSET_LIFECYCLES as [AssetLifecycle, ...AssetLifecycle[]])
    .optional()
    .describe('Only assets in this lifecycle state'),
  familyId: z.guid().optional().describe('Only assets of this family'),
  ...pageQueryShape,
});
export type ListAssetsInput = z.output<typeof listAssetsInput>;

export class ListAssetsQuery extends Query<Page<AssetView>> {
  constructor(
    readonly input: ListAssetsInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
