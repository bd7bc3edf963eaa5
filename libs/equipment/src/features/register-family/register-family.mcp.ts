import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CommandMeta, McpTool, McpToolDefinition } from '@custody/platform';
import {
  RegisterFamilyCommand,
  RegisterFamilyInput,
  registerFamilyInput,
  registerFamilyOutput,
} from './register-family.command';

@McpTool()
@Injectable()
export class RegisterFamilyTool implements McpToolDefinition<typeof registerFamilyInput> {
  readonly name = 'register_family';
  readonly title = 'Register family';
  readonly description =
    'Registers an instrument family (a kind of instrument, e.g. area detectors) and returns its familyId.';
  readonly input = registerFamilyInput;
  readonly access = 'command' as const;
  readonly readOnly = false;
  readonly output = registerFamilyOutput;

  constructor(private readonly commands: CommandBus) {}

  execute(input: RegisterFamilyInput, meta: CommandMeta) {
    return this.commands.execute(new RegisterFamilyCommand(input, meta));
  }
}
