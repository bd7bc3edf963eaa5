import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, ApiProblems, CommandMeta, Meta, ZodQuery, ZodResponse } from '@custody/platform';
import {
  QueryLineageGraphInput,
  QueryLineageGraphQuery,
  queryLineageGraphInput,
  queryLineageGraphOutput,
} from './query-lineage-graph.query';

@ApiTags('lineage')
@Controller('v1/lineage/graph')
export class QueryLineageGraphController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Access('read')
  @ApiOperation({
    summary: 'Walk the lineage graph from a node, upstream, downstream or both, 1 to 50 edges deep',
    description:
      'One graph across the contexts: an asset or fixture `collectedBy` a dataset points to its instrument; a run ' +
      '`used` its input datasets; a job is `partOf` the run it names; a job `used` and `generated` artifacts; a ' +
      'lineage artifact is `sameAs` the dataset with its sha256 or the deposit its custody:// source names. Edges ' +
      'read from → to: `generated` from the job to the artifact, the others from the dependent to what it depends ' +
      'on. Upstream walks towards sources. Lineage sessions enter the graph when finalized. A walk stops at ' +
      '10,000 nodes (`truncated: true`).',
  })
  @ZodResponse(200, queryLineageGraphOutput, '{ nodes, edges, truncated }')
  @ApiProblems({
    400: ['ValidationFailed'],
    404: ['ArtifactNotFound', 'JobNotFound', 'DatasetNotFound', 'RunNotFound', 'AssetNotFound', 'FixtureNotFound'],
  })
  query(@ZodQuery(queryLineageGraphInput) input: QueryLineageGraphInput, @Meta() meta: CommandMeta) {
    return this.queries.execute(new QueryLineageGraphQuery(input, meta));
  }
}
