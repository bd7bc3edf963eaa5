import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CommandMeta, McpTool, McpToolDefinition } from '@custody/platform';
import { AbortRunCommand, AbortRunInput, abortRunInput, abortRunOutput } from './abort-run.command';

@McpTool()
@Injectable()
export class AbortRunTool implements McpToolDefinition<typeof abortRunInput> {
  readonly name = 'abort_run';
  readonly title = 'Abort run';
  readonly description =
    'Aborts a Running or Held run with a reason (final: the run is given up). Fails with RunNotFound or RunCannotAbort (the run already ended).';
  readonly input = abortRunInput;
  readonly output = abortRunOutput;
  readonly access = 'command' as const;
  readonly readOnly = false;
  readonly destructive = true;

  constructor(private readonly commands: CommandBus) {}

  async execute(input: AbortRunInput, meta: CommandMeta) {
    await this.commands.execute(new AbortRunCommand(input, meta));
    return { runId: input.runId, state: 'Aborted' as const };
  }
}
