import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CommandMeta, McpTool, McpToolDefinition } from '@custody/platform';
import {
  UninstallAssetCommand,
  UninstallAssetInput,
  uninstallAssetInput,
  uninstallAssetOutput,
} from './uninstall-asset.command';

@McpTool()
@Injectable()
export class UninstallAssetTool implements McpToolDefinition<typeof uninstallAssetInput> {
  readonly name = 'uninstall_asset';
  readonly title = 'Uninstall asset';
  readonly description =
    'Takes the installed asset out of a mount and returns its assetId. Fails, checked in this order, with MountNotFound, MountIsEmpty or MountHasFixtureBoundAsset (the asset is attached to a fixture).';
  readonly input = uninstallAssetInput;
  readonly access = 'command' as const;
  readonly readOnly = false;
  readonly output = uninstallAssetOutput;
  readonly destructive = true;
  readonly idempotent = true;

  constructor(private readonly commands: CommandBus) {}

  async execute(input: UninstallAssetInput, meta: CommandMeta) {
    const { assetId } = await this.commands.execute(new UninstallAssetCommand(input, meta));
    return { mountId: input.mountId, assetId };
  }
}
