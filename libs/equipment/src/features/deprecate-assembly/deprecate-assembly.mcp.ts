import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CommandMeta, McpTool, McpToolDefinition } from '@custody/platform';
import {
  DeprecateAssemblyCommand,
  DeprecateAssemblyInput,
  deprecateAssemblyInput,
  deprecateAssemblyOutput,
} from './deprecate-assembly.command';

@McpTool()
@Injectable()
export class DeprecateAssemblyTool implements McpToolDefinition<typeof deprecateAssemblyInput> {
  readonly name = 'deprecate_assembly';
  readonly title = 'Deprecate assembly';
  readonly description =
    'Deprecates an assembly: no new fixture can be registered from it; existing fixtures are unchanged. Fails with AssemblyNotFound or AssemblyCannotDeprecate (already deprecated).';
  readonly input = deprecateAssemblyInput;
  readonly access = 'command' as const;
  readonly readOnly = false;
  readonly output = deprecateAssemblyOutput;
  readonly idempotent = true;

  constructor(private readonly commands: CommandBus) {}

  async execute(input: DeprecateAssemblyInput, meta: CommandMeta) {
    await this.commands.execute(new DeprecateAssemblyCommand(input, meta));
    return { assemblyId: input.assemblyId, deprecated: true };
  }
}
