import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CommandMeta, Meta, ZodQuery } from '@custody/platform';
import { ListFamiliesInput, ListFamiliesQuery, listFamiliesInput } from './list-families.query';

@ApiTags('equipment')
@Controller('v1/families')
export class ListFamiliesController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Access('read')
  @ApiOperation({
    summary: 'List families in registration order: { items, nextCursor }. Errors: InvalidCursor 400',
  })
  list(@ZodQuery(listFamiliesInput) query: ListFamiliesInput, @Meta() meta: CommandMeta) {
    return this.queries.execute(new ListFamiliesQuery(query, meta));
  }
}
