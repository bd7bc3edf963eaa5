import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CommandMeta, McpTool, McpToolDefinition } from '@custody/platform';
import { StopRunCommand, StopRunInput, stopRunInput, stopRunOutput } from './stop-run.command';

@McpTool()
@Injectable()
export class StopRunTool implements McpToolDefinition<typeof stopRunInput> {
  readonly name = 'stop_run';
  readonly title = 'Stop run';
  readonly description =
    'Stops a Running or Held run with a reason (final: the run could not go on). Fails with RunNotFound or RunCannotStop (the run already ended).';
  readonly input = stopRunInput;
  readonly output = stopRunOutput;
  readonly access = 'command' as const;
  readonly readOnly = false;
  readonly destructive = true;

  constructor(private readonly commands: CommandBus) {}

  async execute(input: StopRunInput, meta: CommandMeta) {
    await this.commands.execute(new StopRunCommand(input, meta));
    return { runId: input.runId, state: 'Stopped' as const };
  }
}
