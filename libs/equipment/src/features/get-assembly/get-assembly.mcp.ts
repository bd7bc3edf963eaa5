import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { CommandMeta, McpTool, McpToolDefinition } from '@custody/platform';
import { GetAssemblyInput, GetAssemblyQuery, getAssemblyInput, getAssemblyOutput } from './get-assembly.query';

@McpTool()
@Injectable()
export class GetAssemblyTool implements McpToolDefinition<typeof getAssemblyInput> {
  readonly name = 'get_assembly';
  readonly title = 'Get assembly';
  readonly description =
    'Reads one assembly: name, slots (name, familyId, count), whether it is deprecated, and version. Fails with AssemblyNotFound.';
  readonly input = getAssemblyInput;
  readonly access = 'read' as const;
  readonly readOnly = true;
  readonly output = getAssemblyOutput;

  constructor(private readonly queries: QueryBus) {}

  execute(input: GetAssemblyInput, meta: CommandMeta) {
    return this.queries.execute(new GetAssemblyQuery(input, meta));
  }
}
