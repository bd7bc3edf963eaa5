import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CommandMeta, McpTool, McpToolDefinition } from '@custody/platform';
import { CompleteRunCommand, CompleteRunInput, completeRunInput, completeRunOutput } from './complete-run.command';

@McpTool()
@Injectable()
export class CompleteRunTool implements McpToolDefinition<typeof completeRunInput> {
  readonly name = 'complete_run';
  readonly title = 'Complete run';
  readonly description =
    'Completes a Running run (final). Fails with RunNotFound or RunCannotComplete (the run is Held or already ended).';
  readonly input = completeRunInput;
  readonly output = completeRunOutput;
  readonly access = 'command' as const;
  readonly readOnly = false;

  constructor(private readonly commands: CommandBus) {}

  async execute(input: CompleteRunInput, meta: CommandMeta) {
    await this.commands.execute(new CompleteRunCommand(input, meta));
    return { runId: input.runId, state: 'Completed' as const };
  }
}
