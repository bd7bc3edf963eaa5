import { Command } from '@nestjs/cqrs';
import { CommandMeta } from '@custody/platform';
import { z } from 'zod';

const fixtureId = z
  .guid()
  .transform((id) => id.toLowerCase())
  .describe('The fixture whose slot bindings name the asset');

/** The body of POST /v1/assets/{id}/attach-to-fixture. */
export const attachAssetToFixtureBody = z.strictObject({ fixtureId });
export type AttachAssetToFixtureBody = z.output<typeof attachAssetToFixtureBody>;

/** The MCP tool's input: the asset and the body. */
export const attachAssetToFixtureInput = z.strictObject({
  assetId: z
    .guid()
    .transform((id) => id.toLowerCase())
    .describe('The asset to attach (bound in the fixture, attached to no fixture, not decommissioned)'),
  fixtureId,
});
export type AttachAssetToFixtureInput = z.output<typeof attachAssetToFixtureInput>;

/** What the MCP tool answers (the REST route answers 204). */
export const attachAssetToFixtureOutput = z.object({
  assetId: z.string(),
  fixtureId: z.string(),
  attached: z.literal(true),
});

export class AttachAssetToFixtureCommand extends Command<void> {
  constructor(
    readonly input: AttachAssetToFixtureInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
