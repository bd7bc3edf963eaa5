import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CommandMeta, Meta, ZodQuery, ApiProblems, ZodResponse } from '@custody/platform';
import { ListDatasetsInput, ListDatasetsQuery, listDatasetsInput, listDatasetsOutput } from './list-datasets.query';

@ApiTags('data')
@Controller('v1/datasets')
export class ListDatasetsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Access('read')
  @ApiOperation({
    summary: 'List datasets (the catalogue) in registration order, Active and Discarded: { items, nextCursor }',
  })
  @ZodResponse(200, listDatasetsOutput, 'A page of datasets')
  @ApiProblems({ 400: ['InvalidCursor', 'ValidationFailed'] })
  list(@ZodQuery(listDatasetsInput) query: ListDatasetsInput, @Meta() meta: CommandMeta) {
    return this.queries.execute(new ListDatasetsQuery(query, meta));
  }
}
