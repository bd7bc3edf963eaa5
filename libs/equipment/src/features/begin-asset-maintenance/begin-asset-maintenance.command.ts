import { Command } from '@nestjs/cqrs';
import { CommandMeta } from '@custody/platform';
import { z } from 'zod';

export const beginAssetMaintenanceInput = z.strictObject({
  assetId: z
    .guid()
    .transform((id) => id.toLowerCase())
    .describe('The asset to take into maintenance (must be Active)'),
});
export type BeginAssetMaintenanceInput = z.output<typeof beginAssetMaintenanceInput>;

export class BeginAssetMaintenanceCommand extends Command<void> {
  constructor(
    readonly input: BeginAssetMaintenanceInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
