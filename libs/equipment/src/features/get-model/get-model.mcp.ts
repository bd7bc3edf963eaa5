import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { CommandMeta, McpTool, McpToolDefinition } from '@custody/platform';
import { GetModelInput, GetModelQuery, getModelInput, getModelOutput } from './get-model.query';

@McpTool()
@Injectable()
export class GetModelTool implements McpToolDefinition<typeof getModelInput> {
  readonly name = 'get_model';
  readonly title = 'Get model';
  readonly description =
    'Reads one instrument model: family, name, manufacturer and version. Fails with ModelNotFound.';
  readonly input = getModelInput;
  readonly access = 'read' as const;
  readonly readOnly = true;
  readonly output = getModelOutput;

  constructor(private readonly queries: QueryBus) {}

  execute(input: GetModelInput, meta: CommandMeta) {
    return this.queries.execute(new GetModelQuery(input, meta));
  }
}
