import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { CommandMeta, McpTool, McpToolDefinition } from '@custody/platform';
import {
  GetFixturePidinstInput,
  GetFixturePidinstQuery,
  getFixturePidinstInput,
  getFixturePidinstOutput,
} from './get-fixture-pidinst.query';

@McpTool()
@Injectable()
export class GetFixturePidinstTool implements McpToolDefinition<typeof getFixturePidinstInput> {
  readonly name = 'get_fixture_pidinst';
  readonly title = 'Get fixture PIDINST record';
  readonly description =
    'Reads the PIDINST 1.0 record of a fixture (named after its assembly; owners and manufacturers united over its bound assets; bound assets with identifiers as HasComponent). Fails with FixtureNotFound or PidinstIncomplete (no owner or no manufacturer among its bound assets).';
  readonly input = getFixturePidinstInput;
  readonly access = 'read' as const;
  readonly readOnly = true;
  readonly output = getFixturePidinstOutput;

  constructor(private readonly queries: QueryBus) {}

  execute(input: GetFixturePidinstInput, meta: CommandMeta) {
    return this.queries.execute(new GetFixturePidinstQuery(input, meta));
  }
}
