import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CommandMeta, McpTool, McpToolDefinition } from '@custody/platform';
import {
  EndAssetMaintenanceCommand,
  EndAssetMaintenanceInput,
  endAssetMaintenanceInput,
  endAssetMaintenanceOutput,
} from './end-asset-maintenance.command';

@McpTool()
@Injectable()
export class EndAssetMaintenanceTool implements McpToolDefinition<typeof endAssetMaintenanceInput> {
  readonly name = 'end_asset_maintenance';
  readonly title = 'End asset maintenance';
  readonly description =
    'Moves an asset in Maintenance back to Active. Fails with AssetNotFound or AssetCannotEndMaintenance (not in Maintenance).';
  readonly input = endAssetMaintenanceInput;
  readonly access = 'command' as const;
  readonly readOnly = false;
  readonly output = endAssetMaintenanceOutput;
  readonly idempotent = true;

  constructor(private readonly commands: CommandBus) {}

  async execute(input: EndAssetMaintenanceInput, meta: CommandMeta) {
    await this.commands.execute(new EndAssetMaintenanceCommand(input, meta));
    return { assetId: input.assetId, lifecycle: 'Active' };
  }
}
