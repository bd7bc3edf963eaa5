import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { CommandMeta, McpTool, McpToolDefinition } from '@custody/platform';
import {
  ListAssembliesInput,
  ListAssembliesQuery,
  listAssembliesInput,
  listAssembliesOutput,
} from './list-assemblies.query';

@McpTool()
@Injectable()
export class ListAssembliesTool implements McpToolDefinition<typeof listAssembliesInput> {
  readonly name = 'list_assemblies';
  readonly title = 'List assemblies';
  readonly description =
    'Lists assemblies (oldest first), optionally only deprecated ("true") or usable ("false") ones, a page at a time: { items, nextCursor }.';
  readonly input = listAssembliesInput;
  readonly access = 'read' as const;
  readonly readOnly = true;
  readonly output = listAssembliesOutput;

  constructor(private readonly queries: QueryBus) {}

  execute(input: ListAssembliesInput, meta: CommandMeta) {
    return this.queries.execute(new ListAssembliesQuery(input, meta));
  }
}
