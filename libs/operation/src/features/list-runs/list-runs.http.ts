import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, ApiProblems, CommandMeta, Meta, ZodQuery, ZodResponse } from '@custody/platform';
import { ListRunsInput, ListRunsQuery, listRunsInput, listRunsOutput } from './list-runs.query';

@ApiTags('operation')
@Controller('v1/runs')
export class ListRunsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Access('read')
  @ApiOperation({
    summary: 'List runs in start order, optionally by state, method or input dataset: { items, nextCursor }',
  })
  @ZodResponse(200, listRunsOutput, 'A page of runs')
  @ApiProblems({ 400: ['ValidationFailed', 'InvalidCursor'] })
  list(@ZodQuery(listRunsInput) query: ListRunsInput, @Meta() meta: CommandMeta) {
    return this.queries.execute(new ListRunsQuery(query, meta));
  }
}
