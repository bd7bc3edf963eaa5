import { Command } from '@nestjs/cqrs';
import { CommandMeta } from '@custody/platform';
import { z } from 'zod';

export const activateAssetInput = z.strictObject({
  assetId: z.guid().describe('The asset to activate (must be Commissioned)'),
});
export type ActivateAssetInput = z.output<typeof activateAssetInput>;

/** What the MCP tool answers (the REST route answers 204). */
export const activateAssetOutput = z.object({ assetId: z.string(), lifecycle: z.literal('Active') });

export class ActivateAssetCommand extends Command<void> {
  constructor(
    readonly input: ActivateAssetInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
