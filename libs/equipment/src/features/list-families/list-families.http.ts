import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CommandMeta, Meta, ZodQuery, ApiProblems, ZodResponse } from '@custody/platform';
import { ListFamiliesInput, ListFamiliesQuery, listFamiliesInput, listFamiliesOutput } from './list-families.query';

@ApiTags('equipment')
@Controller('v1/families')
export class ListFamiliesController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Access('read')
  @ApiOperation({
    summary: 'List families in registration order: { items, nextCursor }. Errors: InvalidCursor 400',
  })
  @ZodResponse(200, listFamiliesOutput, 'A page of families')
  @ApiProblems({ 400: ['InvalidCursor', 'ValidationFailed'] })
  list(@ZodQuery(listFamiliesInput) query: ListFamiliesInput, @Meta() meta: CommandMeta) {
    return this.queries.execute(new ListFamiliesQuery(query, meta));
  }
}
