import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, ApiProblems, CommandMeta, Meta, ZodQuery, ZodResponse } from '@custody/platform';
import {
  ListMaterializationsInput,
  ListMaterializationsQuery,
  listMaterializationsInput,
  listMaterializationsOutput,
} from './list-materializations.query';

@ApiTags('operation')
@Controller('v1/materializations')
export class ListMaterializationsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Access('read')
  @ApiOperation({ summary: 'List materializations in request order, by dataset and state: { items, nextCursor }' })
  @ZodResponse(200, listMaterializationsOutput, 'A page of materializations')
  @ApiProblems({ 400: ['ValidationFailed', 'InvalidCursor'] })
  list(@ZodQuery(listMaterializationsInput) query: ListMaterializationsInput, @Meta() meta: CommandMeta) {
    return this.queries.execute(new ListMaterializationsQuery(query, meta));
  }
}
