import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CommandMeta, McpTool, McpToolDefinition } from '@custody/platform';
import {
  BeginAssetMaintenanceCommand,
  BeginAssetMaintenanceInput,
  beginAssetMaintenanceInput,
  beginAssetMaintenanceOutput,
} from './begin-asset-maintenance.command';

@McpTool()
@Injectable()
export class BeginAssetMaintenanceTool implements McpToolDefinition<typeof beginAssetMaintenanceInput> {
  readonly name = 'begin_asset_maintenance';
  readonly title = 'Begin asset maintenance';
  readonly description =
    'Moves an Active asset to Maintenance. Fails with AssetNotFound or AssetCannotBeginMaintenance (not Active).';
  readonly input = beginAssetMaintenanceInput;
  readonly access = 'command' as const;
  readonly readOnly = false;
  readonly output = beginAssetMaintenanceOutput;
  readonly idempotent = true;

  constructor(private readonly commands: CommandBus) {}

  async execute(input: BeginAssetMaintenanceInput, meta: CommandMeta) {
    await this.commands.execute(new BeginAssetMaintenanceCommand(input, meta));
    return { assetId: input.assetId, lifecycle: 'Maintenance' };
  }
}
