import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CommandMeta, McpTool, McpToolDefinition } from '@custody/platform';
import {
  TransitionAcquisitionCommand,
  TransitionAcquisitionInput,
  transitionAcquisitionInput,
  transitionAcquisitionOutput,
} from './transition-acquisition.command';

@McpTool()
@Injectable()
export class TransitionAcquisitionTool implements McpToolDefinition<typeof transitionAcquisitionInput> {
  readonly name = 'transition_acquisition';
  readonly title = 'Transition acquisition';
  readonly description =
    'Moves an acquisition to its next state (staging → complete → sync_queued → sync_verified → cleared), naming the host. Fails with AcquisitionIllegalTransition (not the next state), AcquisitionSyncNotVerified (target copy not Verified), AcquisitionCannotClear (no other Verified copy), AcquisitionNotFound.';
  readonly input = transitionAcquisitionInput;
  readonly output = transitionAcquisitionOutput;
  readonly access = 'worker' as const;
  readonly readOnly = false;

  constructor(private readonly commands: CommandBus) {}

  execute(input: TransitionAcquisitionInput, meta: CommandMeta) {
    return this.commands.execute(new TransitionAcquisitionCommand(input, meta));
  }
}
