import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { authorize } from '@custody/platform';
import { LineageGraph, LineageGraphReader } from '../../lineage/lineage-graph-reader';
import { QueryLineageGraphQuery } from './query-lineage-graph.query';

@QueryHandler(QueryLineageGraphQuery)
export class QueryLineageGraphHandler implements IQueryHandler<QueryLineageGraphQuery> {
  constructor(private readonly graph: LineageGraphReader) {}

  async execute({ input, meta }: QueryLineageGraphQuery): Promise<LineageGraph> {
    authorize(meta, 'read');
    await this.graph.current();
    return this.graph.walk(input.node, input.direction, input.depth);
  }
}
