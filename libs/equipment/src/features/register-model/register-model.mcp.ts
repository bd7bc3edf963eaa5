import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CommandMeta, McpTool, McpToolDefinition } from '@custody/platform';
import {
  RegisterModelCommand,
  RegisterModelInput,
  registerModelInput,
  registerModelOutput,
} from './register-model.command';

@McpTool()
@Injectable()
export class RegisterModelTool implements McpToolDefinition<typeof registerModelInput> {
  readonly name = 'register_model';
  readonly title = 'Register model';
  readonly description =
    'Registers an instrument model of a family with its manufacturer (name, optional identifier such as a ROR id with its identifierType) and returns its modelId. Fails with FamilyNotFound.';
  readonly input = registerModelInput;
  readonly access = 'command' as const;
  readonly readOnly = false;
  readonly output = registerModelOutput;

  constructor(private readonly commands: CommandBus) {}

  execute(input: RegisterModelInput, meta: CommandMeta) {
    return this.commands.execute(new RegisterModelCommand(input, meta));
  }
}
