import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { CommandMeta, McpTool, McpToolDefinition } from '@custody/platform';
import { GetFixtureInput, GetFixtureQuery, getFixtureInput, getFixtureOutput } from './get-fixture.query';

@McpTool()
@Injectable()
export class GetFixtureTool implements McpToolDefinition<typeof getFixtureInput> {
  readonly name = 'get_fixture';
  readonly title = 'Get fixture';
  readonly description =
    'Reads one fixture: its assembly, slot bindings, parameter overrides, attached assets, persistent id and version. Fails with FixtureNotFound.';
  readonly input = getFixtureInput;
  readonly access = 'read' as const;
  readonly readOnly = true;
  readonly output = getFixtureOutput;

  constructor(private readonly queries: QueryBus) {}

  execute(input: GetFixtureInput, meta: CommandMeta) {
    return this.queries.execute(new GetFixtureQuery(input, meta));
  }
}
