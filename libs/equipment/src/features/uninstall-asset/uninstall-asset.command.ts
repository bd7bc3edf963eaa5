import { Command } from '@nestjs/cqrs';
import { CommandMeta } from '@custody/platform';
import { z } from 'zod';

export const uninstallAssetInput = z.strictObject({
  mountId: z
    .guid()
    .transform((id) => id.toLowerCase())
    .describe('The mount to take its installed asset out of'),
});
export type UninstallAssetInput = z.output<typeof uninstallAssetInput>;

/** What the MCP tool answers (the REST route answers 204). */
export const uninstallAssetOutput = z.object({
  mountId: z.string(),
  assetId: z.string().describe('The asset taken out'),
});

export class UninstallAssetCommand extends Command<{ assetId: string }> {
  constructor(
    readonly input: UninstallAssetInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
