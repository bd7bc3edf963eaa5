import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CommandMeta, Meta, ZodQuery, ApiProblems, ZodResponse } from '@custody/platform';
import { ListFixturesInput, ListFixturesQuery, listFixturesInput, listFixturesOutput } from './list-fixtures.query';

@ApiTags('equipment')
@Controller('v1/fixtures')
export class ListFixturesController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Access('read')
  @ApiOperation({
    summary:
      'List fixtures, oldest first, optionally of one assembly (assemblyId) or binding one asset (assetId): ' +
      '{ items, nextCursor }. Errors: InvalidCursor 400',
  })
  @ZodResponse(200, listFixturesOutput, 'A page of fixtures')
  @ApiProblems({ 400: ['InvalidCursor', 'ValidationFailed'] })
  list(@ZodQuery(listFixturesInput) query: ListFixturesInput, @Meta() meta: CommandMeta) {
    return this.queries.execute(new ListFixturesQuery(query, meta));
  }
}
