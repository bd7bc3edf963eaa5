import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CommandMeta, McpTool, McpToolDefinition } from '@custody/platform';
import {
  DetachAssetFromFixtureCommand,
  DetachAssetFromFixtureInput,
  detachAssetFromFixtureInput,
  detachAssetFromFixtureOutput,
} from './detach-asset-from-fixture.command';

@McpTool()
@Injectable()
export class DetachAssetFromFixtureTool implements McpToolDefinition<typeof detachAssetFromFixtureInput> {
  readonly name = 'detach_asset_from_fixture';
  readonly title = 'Detach asset from fixture';
  readonly description =
    'Detaches an asset from the fixture it is attached to; it stays bound in the fixture’s slots and can be attached again. Fails with AssetNotFound, FixtureNotFound, AssetNotAttachedToFixture (attached to none) or AssetAttachedToDifferentFixture.';
  readonly input = detachAssetFromFixtureInput;
  readonly access = 'command' as const;
  readonly readOnly = false;
  readonly output = detachAssetFromFixtureOutput;
  readonly idempotent = true;

  constructor(private readonly commands: CommandBus) {}

  async execute(input: DetachAssetFromFixtureInput, meta: CommandMeta) {
    await this.commands.execute(new DetachAssetFromFixtureCommand(input, meta));
    return { assetId: input.assetId, fixtureId: input.fixtureId, attached: false };
  }
}
