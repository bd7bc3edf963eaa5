import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CommandMeta, McpTool, McpToolDefinition } from '@custody/platform';
import {
  RegisterMethodCommand,
  RegisterMethodInput,
  registerMethodInput,
  registerMethodOutput,
} from './register-method.command';

@McpTool()
@Injectable()
export class RegisterMethodTool implements McpToolDefinition<typeof registerMethodInput> {
  readonly name = 'register_method';
  readonly title = 'Register method';
  readonly description =
    'Registers a processing method by name, with the kinds of input it needs and an optional JSON Schema its runs’ parameters must satisfy (refused with ValidationFailed when the schema itself is invalid). Returns its methodId.';
  readonly input = registerMethodInput;
  readonly output = registerMethodOutput;
  readonly access = 'command' as const;
  readonly readOnly = false;

  constructor(private readonly commands: CommandBus) {}

  execute(input: RegisterMethodInput, meta: CommandMeta) {
    return this.commands.execute(new RegisterMethodCommand(input, meta));
  }
}
