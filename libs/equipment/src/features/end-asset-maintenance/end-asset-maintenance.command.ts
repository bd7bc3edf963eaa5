import { Command } from '@nestjs/cqrs';
import { CommandMeta } from '@custody/platform';
import { z } from 'zod';

export const endAssetMaintenanceInput = z.strictObject({
  assetId: z
    .guid()
    .transform((id) => id.toLowerCase())
    .describe('The asset to bring back from maintenance (must be in Maintenance)'),
});
export type EndAssetMaintenanceInput = z.output<typeof endAssetMaintenanceInput>;

/** What the MCP tool answers (the REST route answers 204). */
export const endAssetMaintenanceOutput = z.object({ assetId: z.string(), lifecycle: z.literal('Active') });

export class EndAssetMaintenanceCommand extends Command<void> {
  constructor(
    readonly input: EndAssetMaintenanceInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
