import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CommandMeta, Meta, ZodQuery, ApiProblems, ZodResponse } from '@custody/platform';
import {
  ListAssembliesInput,
  ListAssembliesQuery,
  listAssembliesInput,
  listAssembliesOutput,
} from './list-assemblies.query';

@ApiTags('equipment')
@Controller('v1/assemblies')
export class ListAssembliesController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Access('read')
  @ApiOperation({
    summary:
      'List assemblies, oldest first, optionally only deprecated=true|false: { items, nextCursor }. Errors: InvalidCursor 400',
  })
  @ZodResponse(200, listAssembliesOutput, 'A page of assemblies')
  @ApiProblems({ 400: ['InvalidCursor', 'ValidationFailed'] })
  list(@ZodQuery(listAssembliesInput) query: ListAssembliesInput, @Meta() meta: CommandMeta) {
    return this.queries.execute(new ListAssembliesQuery(query, meta));
  }
}
