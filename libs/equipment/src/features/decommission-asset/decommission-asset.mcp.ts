import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CommandMeta, McpTool, McpToolDefinition } from '@custody/platform';
import {
  DecommissionAssetCommand,
  DecommissionAssetInput,
  decommissionAssetInput,
  decommissionAssetOutput,
} from './decommission-asset.command';

@McpTool()
@Injectable()
export class DecommissionAssetTool implements McpToolDefinition<typeof decommissionAssetInput> {
  readonly name = 'decommission_asset';
  readonly title = 'Decommission asset';
  readonly description =
    'Decommissions an asset for good (from Commissioned, Active or Maintenance). Fails, checked in this order, with AssetNotFound, AssetHasFixtureBinding (attached to a fixture), AssetIsInstalled (in a mount) or AssetCannotDecommission (already Decommissioned).';
  readonly input = decommissionAssetInput;
  readonly access = 'command' as const;
  readonly readOnly = false;
  readonly output = decommissionAssetOutput;
  readonly destructive = true;
  readonly idempotent = true;

  constructor(private readonly commands: CommandBus) {}

  async execute(input: DecommissionAssetInput, meta: CommandMeta) {
    await this.commands.execute(new DecommissionAssetCommand(input, meta));
    return { assetId: input.assetId, lifecycle: 'Decommissioned' };
  }
}
