import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { CommandMeta, McpTool, McpToolDefinition } from '@custody/platform';
import { GetFamilyInput, GetFamilyQuery, getFamilyInput, getFamilyOutput } from './get-family.query';

@McpTool()
@Injectable()
export class GetFamilyTool implements McpToolDefinition<typeof getFamilyInput> {
  readonly name = 'get_family';
  readonly title = 'Get family';
  readonly description = 'Reads one instrument family: its name and version. Fails with FamilyNotFound.';
  readonly input = getFamilyInput;
  readonly access = 'read' as const;
  readonly readOnly = true;
  readonly output = getFamilyOutput;

  constructor(private readonly queries: QueryBus) {}

  execute(input: GetFamilyInput, meta: CommandMeta) {
    return this.queries.execute(new GetFamilyQuery(input, meta));
  }
}
