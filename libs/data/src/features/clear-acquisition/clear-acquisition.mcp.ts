import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CommandMeta, McpTool, McpToolDefinition } from '@custody/platform';
import {
  ClearAcquisitionCommand,
  ClearAcquisitionInput,
  clearAcquisitionInput,
  clearAcquisitionOutput,
} from './clear-acquisition.command';

@McpTool()
@Injectable()
export class ClearAcquisitionTool implements McpToolDefinition<typeof clearAcquisitionInput> {
  readonly name = 'clear_acquisition';
  readonly title = 'Clear acquisition';
  readonly description =
    'Clears a sync_verified acquisition so its staging copy is deleted by the worker. Refused with AcquisitionCannotClear unless another Verified copy exists, AcquisitionIllegalTransition when not sync_verified, AcquisitionNotFound.';
  readonly input = clearAcquisitionInput;
  readonly output = clearAcquisitionOutput;
  readonly access = 'command' as const;
  readonly readOnly = false;
  readonly destructive = true;

  constructor(private readonly commands: CommandBus) {}

  execute(input: ClearAcquisitionInput, meta: CommandMeta) {
    return this.commands.execute(new ClearAcquisitionCommand(input, meta));
  }
}
