import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CommandMeta, Meta, ZodQuery, ApiProblems, ZodResponse } from '@custody/platform';
import { ListModelsInput, ListModelsQuery, listModelsInput, listModelsOutput } from './list-models.query';

@ApiTags('equipment')
@Controller('v1/models')
export class ListModelsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Access('read')
  @ApiOperation({
    summary:
      'List models in registration order, optionally of one family (an unknown family gives an empty list): { items, nextCursor }. Errors: InvalidCursor 400',
  })
  @ZodResponse(200, listModelsOutput, 'A page of models')
  @ApiProblems({ 400: ['InvalidCursor', 'ValidationFailed'] })
  list(@ZodQuery(listModelsInput) query: ListModelsInput, @Meta() meta: CommandMeta) {
    return this.queries.execute(new ListModelsQuery(query, meta));
  }
}
