import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CommandMeta, McpTool, McpToolDefinition } from '@custody/platform';
import {
  RegisterAssemblyCommand,
  RegisterAssemblyInput,
  registerAssemblyInput,
  registerAssemblyOutput,
} from './register-assembly.command';

@McpTool()
@Injectable()
export class RegisterAssemblyTool implements McpToolDefinition<typeof registerAssemblyInput> {
  readonly name = 'register_assembly';
  readonly title = 'Register assembly';
  readonly description =
    'Registers an assembly: a template of named slots, each taking `count` assets of one family; fixtures are built from it. Returns its assemblyId. Fails with ValidationFailed (no slot, a slot name used twice, a count below 1) or FamilyNotFound.';
  readonly input = registerAssemblyInput;
  readonly access = 'command' as const;
  readonly readOnly = false;
  readonly output = registerAssemblyOutput;

  constructor(private readonly commands: CommandBus) {}

  execute(input: RegisterAssemblyInput, meta: CommandMeta) {
    return this.commands.execute(new RegisterAssemblyCommand(input, meta));
  }
}
