import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CommandMeta, McpTool, McpToolDefinition } from '@custody/platform';
import {
  CancelMaterializationCommand,
  CancelMaterializationInput,
  cancelMaterializationInput,
  cancelMaterializationOutput,
} from './cancel-materialization.command';

@McpTool()
@Injectable()
export class CancelMaterializationTool implements McpToolDefinition<typeof cancelMaterializationInput> {
  readonly name = 'cancel_materialization';
  readonly title = 'Cancel materialization';
  readonly description =
    'Cancels a materialization: a Pending one ends Cancelled at once, a Transferring one is cancelled at the transfer adapter and ends Cancelled with nothing registered; a Verifying or finished one is left as it is. Fails with MaterializationNotFound.';
  readonly input = cancelMaterializationInput;
  readonly output = cancelMaterializationOutput;
  readonly access = 'worker' as const;
  readonly readOnly = false;
  readonly destructive = true;
  readonly idempotent = true;

  constructor(private readonly commands: CommandBus) {}

  execute(input: CancelMaterializationInput, meta: CommandMeta) {
    return this.commands.execute(new CancelMaterializationCommand(input, meta));
  }
}
