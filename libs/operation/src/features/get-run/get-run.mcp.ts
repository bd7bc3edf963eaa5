import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { CommandMeta, McpTool, McpToolDefinition } from '@custody/platform';
import { GetRunInput, GetRunQuery, getRunInput, getRunOutput } from './get-run.query';

@McpTool()
@Injectable()
export class GetRunTool implements McpToolDefinition<typeof getRunInput> {
  readonly name = 'get_run';
  readonly title = 'Get run';
  readonly description =
    'Reads a run: its method, state, inputs and the copies that let them pass the start gate, parameters and history. Fails with RunNotFound.';
  readonly input = getRunInput;
  readonly output = getRunOutput;
  readonly access = 'read' as const;
  readonly readOnly = true;

  constructor(private readonly queries: QueryBus) {}

  execute(input: GetRunInput, meta: CommandMeta) {
    return this.queries.execute(new GetRunQuery(input, meta));
  }
}
