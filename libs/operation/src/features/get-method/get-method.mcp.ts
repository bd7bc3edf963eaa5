import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { CommandMeta, McpTool, McpToolDefinition } from '@custody/platform';
import { GetMethodInput, GetMethodQuery, getMethodInput, getMethodOutput } from './get-method.query';

@McpTool()
@Injectable()
export class GetMethodTool implements McpToolDefinition<typeof getMethodInput> {
  readonly name = 'get_method';
  readonly title = 'Get method';
  readonly description =
    'Reads a processing method: its name, needed input kinds and parameters JSON Schema. Fails with MethodNotFound.';
  readonly input = getMethodInput;
  readonly output = getMethodOutput;
  readonly access = 'read' as const;
  readonly readOnly = true;

  constructor(private readonly queries: QueryBus) {}

  execute(input: GetMethodInput, meta: CommandMeta) {
    return this.queries.execute(new GetMethodQuery(input, meta));
  }
}
