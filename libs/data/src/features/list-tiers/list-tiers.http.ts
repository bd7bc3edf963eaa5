import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CommandMeta, Meta, ZodQuery, ApiProblems, ZodResponse } from '@custody/platform';
import { ListTiersInput, ListTiersQuery, listTiersInput, listTiersOutput } from './list-tiers.query';

@ApiTags('data')
@Controller('v1/tiers')
export class ListTiersController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Access('read')
  @ApiOperation({ summary: 'List storage tiers in registration order: { items, nextCursor }' })
  @ZodResponse(200, listTiersOutput, 'A page of tiers')
  @ApiProblems({ 400: ['InvalidCursor', 'ValidationFailed'] })
  list(@ZodQuery(listTiersInput) query: ListTiersInput, @Meta() meta: CommandMeta) {
    return this.queries.execute(new ListTiersQuery(query, meta));
  }
}
