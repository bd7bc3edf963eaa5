import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CommandMeta, McpTool, McpToolDefinition } from '@custody/platform';
import { AddMountCommand, AddMountInput, addMountInput, addMountOutput } from './add-mount.command';

@McpTool()
@Injectable()
export class AddMountTool implements McpToolDefinition<typeof addMountInput> {
  readonly name = 'add_mount';
  readonly title = 'Add mount';
  readonly description =
    'Adds an empty mount at a slot of a frame (slot codes unique per frame, regardless of case) and returns its mountId. Fails with FrameNotFound or MountSlotTaken.';
  readonly input = addMountInput;
  readonly access = 'command' as const;
  readonly readOnly = false;
  readonly output = addMountOutput;

  constructor(private readonly commands: CommandBus) {}

  execute(input: AddMountInput, meta: CommandMeta) {
    return this.commands.execute(new AddMountCommand(input, meta));
  }
}
