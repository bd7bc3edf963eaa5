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

export class UninstallAssetCommand extends Command<{ assetId: string }> {
  constructor(
    readonly input: UninstallAssetInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
