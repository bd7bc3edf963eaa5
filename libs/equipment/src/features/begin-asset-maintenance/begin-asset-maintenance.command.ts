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

/** What the MCP tool answers (the REST route answers 204). */
export const beginAssetMaintenanceOutput = z.object({ assetId: z.string(), lifecycle: z.literal('Maintenance') });

export class BeginAssetMaintenanceCommand extends Command<void> {
  constructor(
    readonly input: BeginAssetMaintenanceInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
