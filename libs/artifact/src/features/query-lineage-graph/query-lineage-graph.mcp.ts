import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { CommandMeta, McpTool, McpToolDefinition } from '@custody/platform';
import {
  QueryLineageGraphInput,
  QueryLineageGraphQuery,
  queryLineageGraphInput,
  queryLineageGraphOutput,
} from './query-lineage-graph.query';

@McpTool()
@Injectable()
export class QueryLineageGraphTool implements McpToolDefinition<typeof queryLineageGraphInput> {
  readonly name = 'query_lineage_graph';
  readonly title = 'Query lineage graph';
  readonly description =
    'Walks the lineage graph (artifacts, jobs, runs, datasets, assets, fixtures; edges collectedBy, used, generated, partOf, sameAs) from a node such as artifact:sha256:<digest> or dataset:<id>, upstream (towards the instrument), downstream or both, 1 to 50 edges deep. Returns { nodes, edges, truncated } (truncated at 10,000 nodes).';
  readonly input = queryLineageGraphInput;
  readonly output = queryLineageGraphOutput;
  readonly access = 'read' as const;
  readonly readOnly = true;

  constructor(private readonly queries: QueryBus) {}

  execute(input: QueryLineageGraphInput, meta: CommandMeta) {
    return this.queries.execute(new QueryLineageGraphQuery(input, meta));
  }
}
