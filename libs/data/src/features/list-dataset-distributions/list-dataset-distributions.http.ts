import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CommandMeta, Meta, UuidParam, ZodQuery } from '@custody/platform';
import { z } from 'zod';
import { ListDatasetDistributionsQuery, listDatasetDistributionsQueryString } from './list-dataset-distributions.query';

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
  list(
    @UuidParam('id') datasetId: string,
    @ZodQuery(listDatasetDistributionsQueryString) query: z.output<typeof listDatasetDistributionsQueryString>,
    @Meta() meta: CommandMeta,
  ) {
    return this.queries.execute(new ListDatasetDistributionsQuery({ ...query, datasetId }, meta));
  }
}
