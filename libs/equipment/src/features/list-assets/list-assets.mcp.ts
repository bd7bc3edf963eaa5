import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { CommandMeta, McpTool, McpToolDefinition } from '@custody/platform';
import { ListAssetsInput, ListAssetsQuery, listAssetsInput, listAssetsOutput } from './list-assets.query';

@McpTool()
@Injectable()
export class ListAssetsTool implements McpToolDefinition<typeof listAssetsInput> {
  readonly name = 'list_assets';
  readonly title = 'List assets';
  readonly description =
    'Lists assets, optionally only those in one lifecycle state or of one family, a page at a time: { items, nextCursor }.';
  readonly input = listAssetsInput;
  readonly access = 'read' as const;
  readonly readOnly = true;
  readonly output = listAssetsOutput;

  constructor(private readonly queries: QueryBus) {}

  execute(input: ListAssetsInput, meta: CommandMeta) {
    return this.queries.execute(new ListAssetsQuery(input, meta));
  }
}
