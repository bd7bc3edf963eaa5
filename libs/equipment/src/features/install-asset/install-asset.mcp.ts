import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CommandMeta, McpTool, McpToolDefinition } from '@custody/platform';
import { InstallAssetCommand, InstallAssetInput, installAssetInput, installAssetOutput } from './install-asset.command';

@McpTool()
@Injectable()
export class InstallAssetTool implements McpToolDefinition<typeof installAssetInput> {
  readonly name = 'install_asset';
  readonly title = 'Install asset';
  readonly description =
    'Installs an Active asset in an empty mount (installing the asset the mount already holds changes nothing). Fails, checked in this order, with MountNotFound, AssetNotFound, AssetNotInstallable (not Active), AssetAlreadyInstalledElsewhere or MountAlreadyOccupied.';
  readonly input = installAssetInput;
  readonly access = 'command' as const;
  readonly readOnly = false;
  readonly output = installAssetOutput;
  readonly idempotent = true;

  constructor(private readonly commands: CommandBus) {}

  async execute(input: InstallAssetInput, meta: CommandMeta) {
    await this.commands.execute(new InstallAssetCommand(input, meta));
    return { mountId: input.mountId, assetId: input.assetId };
  }
}
