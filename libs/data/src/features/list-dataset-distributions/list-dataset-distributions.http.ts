import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CommandMeta, Meta, UuidParam, ZodQuery, ApiProblems, ZodResponse } from '@custody/platform';
import { z } from 'zod';
import {
  ListDatasetDistributionsQuery,
  listDatasetDistributionsQueryString,
  listDatasetDistributionsOutput,
} from './list-dataset-distributions.query';

@ApiTags('data')
@Controller('v1/datasets')
export class ListDatasetDistributionsController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id/distributions')
  @Access('read')
  @ApiOperation({
    summary:
      'List a dataset’s copies (every status, or ?status=), in registration order: { items, nextCursor }. Errors: DatasetNotFound 404',
  })
  @ZodResponse(200, listDatasetDistributionsOutput, 'A page of the dataset’s copies')
  @ApiProblems({ 400: ['InvalidCursor', 'ValidationFailed'], 404: ['DatasetNotFound'] })
  list(
    @UuidParam('id') datasetId: string,
    @ZodQuery(listDatasetDistributionsQueryString) query: z.output<typeof listDatasetDistributionsQueryString>,
    @Meta() meta: CommandMeta,
  ) {
    return this.queries.execute(new ListDatasetDistributionsQuery({ ...query, datasetId }, meta));
  }
}
