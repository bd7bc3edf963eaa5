import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, ApiProblems, CommandMeta, Meta, ZodQuery, ZodResponse } from '@custody/platform';
import { ListMethodsInput, ListMethodsQuery, listMethodsInput, listMethodsOutput } from './list-methods.query';

@ApiTags('operation')
@Controller('v1/methods')
export class ListMethodsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Access('read')
  @ApiOperation({ summary: 'List methods in registration order: { items, nextCursor }' })
  @ZodResponse(200, listMethodsOutput, 'A page of methods')
  @ApiProblems({ 400: ['ValidationFailed', 'InvalidCursor'] })
  list(@ZodQuery(listMethodsInput) query: ListMethodsInput, @Meta() meta: CommandMeta) {
    return this.queries.execute(new ListMethodsQuery(query, meta));
  }
}
