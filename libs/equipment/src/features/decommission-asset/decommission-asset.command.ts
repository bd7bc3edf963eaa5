import { Command } from '@nestjs/cqrs';
import { CommandMeta } from '@custody/platform';
import { z } from 'zod';

export const decommissionAssetInput = z.strictObject({
  assetId: z
    .guid()
    .transform((id) => id.toLowerCase())
    .describe('The asset to decommission for good (must not be attached to a fixture nor installed in a mount)'),
});
export type DecommissionAssetInput = z.output<typeof decommissionAssetInput>;

/** What the MCP tool answers (the REST route answers 204). */
export const decommissionAssetOutput = z.object({ assetId: z.string(), lifecycle: z.literal('Decommissioned') });

export class DecommissionAssetCommand extends Command<void> {
  constructor(
    readonly input: DecommissionAssetInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
