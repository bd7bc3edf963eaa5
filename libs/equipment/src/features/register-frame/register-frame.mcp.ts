import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CommandMeta, McpTool, McpToolDefinition } from '@custody/platform';
import {
  RegisterFrameCommand,
  RegisterFrameInput,
  registerFrameInput,
  registerFrameOutput,
} from './register-frame.command';

@McpTool()
@Injectable()
export class RegisterFrameTool implements McpToolDefinition<typeof registerFrameInput> {
  readonly name = 'register_frame';
  readonly title = 'Register frame';
  readonly description =
    'Registers a frame (a table, a rack) that will carry mounts for instruments, and returns its frameId.';
  readonly input = registerFrameInput;
  readonly access = 'command' as const;
  readonly readOnly = false;
  readonly output = registerFrameOutput;

  constructor(private readonly commands: CommandBus) {}

  execute(input: RegisterFrameInput, meta: CommandMeta) {
    return this.commands.execute(new RegisterFrameCommand(input, meta));
  }
}
