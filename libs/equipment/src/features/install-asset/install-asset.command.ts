import { Command } from '@nestjs/cqrs';
import { CommandMeta } from '@custody/platform';
import { z } from 'zod';

export const installAssetInput = z.strictObject({
  mountId: z
    .guid()
    .transform((id) => id.toLowerCase())
    .describe('The mount to install the asset in (must be empty, or already hold this asset)'),
  assetId: z
    .guid()
    .transform((id) => id.toLowerCase())
    .describe('The asset to install (must be Active and in no other mount)'),
});
export type InstallAssetInput = z.output<typeof installAssetInput>;

/** The body of PUT /v1/mounts/{id}/installed-asset (the mount comes from the path). */
export const installAssetBody = installAssetInput.omit({ mountId: true });
export type InstallAssetBody = z.output<typeof installAssetBody>;

/** What the MCP tool answers (the REST route answers 204). */
export const installAssetOutput = z.object({ mountId: z.string(), assetId: z.string() });

export class InstallAssetCommand extends Command<void> {
  constructor(
    readonly input: InstallAssetInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
