import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CommandMeta, Meta, ZodQuery, ApiProblems, ZodResponse } from '@custody/platform';
import { ListAssetsInput, ListAssetsQuery, listAssetsInput, listAssetsOutput } from './list-assets.query';

@ApiTags('equipment')
@Controller('v1/assets')
export class ListAssetsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Access('read')
  @ApiOperation({ summary: 'List assets, optionally by lifecycle or family: { items, nextCursor }' })
  @ZodResponse(200, listAssetsOutput, 'A page of assets')
  @ApiProblems({ 400: ['InvalidCursor', 'ValidationFailed'] })
  list(@ZodQuery(listAssetsInput) query: ListAssetsInput, @Meta() meta: CommandMeta) {
    return this.queries.execute(new ListAssetsQuery(query, meta));
  }
}
