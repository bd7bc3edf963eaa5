import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CommandMeta, McpTool, McpToolDefinition } from '@custody/platform';
import {
  RegisterAcquisitionCommand,
  RegisterAcquisitionInput,
  registerAcquisitionInput,
  registerAcquisitionOutput,
} from './register-acquisition.command';

@McpTool()
@Injectable()
export class RegisterAcquisitionTool implements McpToolDefinition<typeof registerAcquisitionInput> {
  readonly name = 'register_acquisition';
  readonly title = 'Register acquisition';
  readonly description =
    'Registers a run being written in a folder on an acquisition tier; it starts staging. With a targetTierId the worker serving the tier archives it and clears the staging copy per retention (manual by default). Fails with TierNotFound or AcquisitionPathOutsideTier.';
  readonly input = registerAcquisitionInput;
  readonly output = registerAcquisitionOutput;
  readonly access = 'command' as const;
  readonly readOnly = false;

  constructor(private readonly commands: CommandBus) {}

  execute(input: RegisterAcquisitionInput, meta: CommandMeta) {
    return this.commands.execute(new RegisterAcquisitionCommand(input, meta));
  }
}
