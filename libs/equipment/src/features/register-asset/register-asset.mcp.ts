import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CommandMeta, McpTool, McpToolDefinition } from '@custody/platform';
import {
  RegisterAssetCommand,
  RegisterAssetInput,
  registerAssetInput,
  registerAssetOutput,
} from './register-asset.command';

@McpTool()
@Injectable()
export class RegisterAssetTool implements McpToolDefinition<typeof registerAssetInput> {
  readonly name = 'register_asset';
  readonly title = 'Register asset';
  readonly description =
    'Registers an instrument (asset) of a family, optionally of a model, with serial number and owner; it starts Commissioned. Returns its assetId. Fails with FamilyNotFound or ModelNotFound.';
  readonly input = registerAssetInput;
  readonly access = 'command' as const;
  readonly readOnly = false;
  readonly output = registerAssetOutput;

  constructor(private readonly commands: CommandBus) {}

  execute(input: RegisterAssetInput, meta: CommandMeta) {
    return this.commands.execute(new RegisterAssetCommand(input, meta));
  }
}
