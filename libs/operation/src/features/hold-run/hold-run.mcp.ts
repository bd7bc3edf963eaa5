import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CommandMeta, McpTool, McpToolDefinition } from '@custody/platform';
import { HoldRunCommand, HoldRunInput, holdRunInput, holdRunOutput } from './hold-run.command';

@McpTool()
@Injectable()
export class HoldRunTool implements McpToolDefinition<typeof holdRunInput> {
  readonly name = 'hold_run';
  readonly title = 'Hold run';
  readonly description =
    'Holds a Running run (Running → Held); resume it later. Fails with RunNotFound or RunCannotHold (the run is not Running).';
  readonly input = holdRunInput;
  readonly output = holdRunOutput;
  readonly access = 'command' as const;
  readonly readOnly = false;

  constructor(private readonly commands: CommandBus) {}

  async execute(input: HoldRunInput, meta: CommandMeta) {
    await this.commands.execute(new HoldRunCommand(input, meta));
    return { runId: input.runId, state: 'Held' as const };
  }
}
