import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CommandMeta, McpTool, McpToolDefinition } from '@custody/platform';
import {
  RegisterDatasetCommand,
  RegisterDatasetInput,
  registerDatasetInput,
  registerDatasetOutput,
} from './register-dataset.command';

@McpTool()
@Injectable()
export class RegisterDatasetTool implements McpToolDefinition<typeof registerDatasetInput> {
  readonly name = 'register_dataset';
  readonly title = 'Register dataset';
  readonly description =
    'Registers a dataset by title, checksum (sha256 for a file, sha256-tree for a directory) and byte size, optionally with its intent and the instrument that collected it. Returns its datasetId.';
  readonly input = registerDatasetInput;
  readonly access = 'command' as const;
  readonly readOnly = false;
  readonly output = registerDatasetOutput;

  constructor(private readonly commands: CommandBus) {}

  execute(input: RegisterDatasetInput, meta: CommandMeta) {
    return this.commands.execute(new RegisterDatasetCommand(input, meta));
  }
}
