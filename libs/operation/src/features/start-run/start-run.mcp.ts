import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CommandMeta, McpTool, McpToolDefinition } from '@custody/platform';
import { StartRunCommand, StartRunInput, startRunInput, startRunOutput } from './start-run.command';

@McpTool()
@Injectable()
export class StartRunTool implements McpToolDefinition<typeof startRunInput> {
  readonly name = 'start_run';
  readonly title = 'Start run';
  readonly description =
    'Starts a run of a method on input datasets with parameters checked against the method’s JSON Schema. Refused with MethodNotFound, ValidationFailed (parameters), RunInputNotVerified (an input has no Verified copy) or RunInputNotReachable (Verified copies only on unreachable tiers), naming the smallest failing datasetId.';
  readonly input = startRunInput;
  readonly output = startRunOutput;
  readonly access = 'command' as const;
  readonly readOnly = false;

  constructor(private readonly commands: CommandBus) {}

  execute(input: StartRunInput, meta: CommandMeta) {
    return this.commands.execute(new StartRunCommand(input, meta));
  }
}
