import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { CommandMeta, McpTool, McpToolDefinition } from '@custody/platform';
import {
  ListAcquisitionsInput,
  ListAcquisitionsQuery,
  listAcquisitionsInput,
  listAcquisitionsOutput,
} from './list-acquisitions.query';

@McpTool()
@Injectable()
export class ListAcquisitionsTool implements McpToolDefinition<typeof listAcquisitionsInput> {
  readonly name = 'list_acquisitions';
  readonly title = 'List acquisitions';
  readonly description =
    'Lists acquisitions in registration order, optionally by state, acquisition tier (tierId) and host, a page at a time: { items, nextCursor }.';
  readonly input = listAcquisitionsInput;
  readonly output = listAcquisitionsOutput;
  readonly access = 'read' as const;
  readonly readOnly = true;
  readonly idempotent = true;

  constructor(private readonly queries: QueryBus) {}

  execute(input: ListAcquisitionsInput, meta: CommandMeta) {
    return this.queries.execute(new ListAcquisitionsQuery(input, meta));
  }
}
