import { Command } from '@nestjs/cqrs';
import { CommandMeta } from '@custody/platform';
import { z } from 'zod';

const fixtureId = z
  .guid()
  .transform((id) => id.toLowerCase())
  .describe('The fixture the asset is attached to');

/** The body of POST /v1/assets/{id}/detach-from-fixture. */
export const detachAssetFromFixtureBody = z.strictObject({ fixtureId });
export type DetachAssetFromFixtureBody = z.output<typeof detachAssetFromFixtureBody>;

/** The MCP tool's input: the asset and the body. */
export const detachAssetFromFixtureInput = z.strictObject({
  assetId: z
    .guid()
    .transform((id) => id.toLowerCase())
    .describe('The asset to detach (attached to this fixture)'),
  fixtureId,
});
export type DetachAssetFromFixtureInput = z.output<typeof detachAssetFromFixtureInput>;

/** What the MCP tool answers (the REST route answers 204). */
export const detachAssetFromFixtureOutput = z.object({
  assetId: z.string(),
  fixtureId: z.string(),
  attached: z.literal(false),
});

export class DetachAssetFromFixtureCommand extends Command<void> {
  constructor(
    readonly input: DetachAssetFromFixtureInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
