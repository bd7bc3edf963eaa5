import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CommandMeta, McpTool, McpToolDefinition } from '@custody/platform';
import {
  ActivateAssetCommand,
  ActivateAssetInput,
  activateAssetInput,
  activateAssetOutput,
} from './activate-asset.command';

@McpTool()
@Injectable()
export class ActivateAssetTool implements McpToolDefinition<typeof activateAssetInput> {
  readonly name = 'activate_asset';
  readonly title = 'Activate asset';
  readonly description = 'Moves a Commissioned asset to Active. Fails with AssetNotFound or AssetCannotActivate.';
  readonly input = activateAssetInput;
  readonly access = 'command' as const;
  readonly readOnly = false;
  readonly output = activateAssetOutput;
  readonly idempotent = true;

  constructor(private readonly commands: CommandBus) {}

  async execute(input: ActivateAssetInput, meta: CommandMeta) {
    await this.commands.execute(new ActivateAssetCommand(input, meta));
    return { assetId: input.assetId, lifecycle: 'Active' };
  }
}
