import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, ApiProblems, CommandMeta, Meta, ZodQuery, ZodResponse } from '@custody/platform';
import {
  ListAcquisitionsInput,
  ListAcquisitionsQuery,
  listAcquisitionsInput,
  listAcquisitionsOutput,
} from './list-acquisitions.query';

@ApiTags('acquisitions')
@Controller('v1/acquisitions')
export class ListAcquisitionsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Access('read')
  @ApiOperation({
    summary: 'List acquisitions in registration order, by state, tier and host: { items, nextCursor }',
    description: '`host` matches an acquisition any history entry of which names that host.',
  })
  @ZodResponse(200, listAcquisitionsOutput, 'A page of acquisitions')
  @ApiProblems({ 400: ['ValidationFailed', 'InvalidCursor'] })
  list(@ZodQuery(listAcquisitionsInput) query: ListAcquisitionsInput, @Meta() meta: CommandMeta) {
    return this.queries.execute(new ListAcquisitionsQuery(query, meta));
  }
}
