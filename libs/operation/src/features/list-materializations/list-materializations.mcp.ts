import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { CommandMeta, McpTool, McpToolDefinition } from '@custody/platform';
import {
  ListMaterializationsInput,
  ListMaterializationsQuery,
  listMaterializationsInput,
  listMaterializationsOutput,
} from './list-materializations.query';

@McpTool()
@Injectable()
export class ListMaterializationsTool implements McpToolDefinition<typeof listMaterializationsInput> {
  readonly name = 'list_materializations';
  readonly title = 'List materializations';
  readonly description =
    'Lists materializations in request order, optionally of one dataset and in one state, a page at a time: { items, nextCursor }.';
  readonly input = listMaterializationsInput;
  readonly output = listMaterializationsOutput;
  readonly access = 'read' as const;
  readonly readOnly = true;

  constructor(private readonly queries: QueryBus) {}

  execute(input: ListMaterializationsInput, meta: CommandMeta) {
    return this.queries.execute(new ListMaterializationsQuery(input, meta));
  }
}
