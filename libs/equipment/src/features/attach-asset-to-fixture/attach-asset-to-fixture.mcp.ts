import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CommandMeta, McpTool, McpToolDefinition } from '@custody/platform';
import {
  AttachAssetToFixtureCommand,
  AttachAssetToFixtureInput,
  attachAssetToFixtureInput,
  attachAssetToFixtureOutput,
} from './attach-asset-to-fixture.command';

@McpTool()
@Injectable()
export class AttachAssetToFixtureTool implements McpToolDefinition<typeof attachAssetToFixtureInput> {
  readonly name = 'attach_asset_to_fixture';
  readonly title = 'Attach asset to fixture';
  readonly description =
    'Attaches an asset to a fixture whose slot bindings name it (an asset is attached to one fixture at a time; an attached asset cannot be decommissioned). Fails with AssetNotFound, FixtureNotFound, AssetNotBoundInFixture, AssetAlreadyAttachedToFixture or AssetCannotAttachToFixture (decommissioned).';
  readonly input = attachAssetToFixtureInput;
  readonly access = 'command' as const;
  readonly readOnly = false;
  readonly output = attachAssetToFixtureOutput;
  readonly idempotent = true;

  constructor(private readonly commands: CommandBus) {}

  async execute(input: AttachAssetToFixtureInput, meta: CommandMeta) {
    await this.commands.execute(new AttachAssetToFixtureCommand(input, meta));
    return { assetId: input.assetId, fixtureId: input.fixtureId, attached: true };
  }
}
