import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CommandMeta, Meta, UuidParam, ApiProblems, ZodResponse } from '@custody/platform';
import { DatasetView } from '../../aggregates/dataset/dataset.state';
import { GetDatasetQuery, getDatasetOutput } from './get-dataset.query';

@ApiTags('data')
@Controller('v1/datasets')
export class GetDatasetController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id')
  @Access('read')
  @ApiOperation({
    summary:
      'Read a dataset: { datasetId, title, checksum, byteSize, intent, collectedBy, status (Active | Discarded), registeredAt, discardedAt, version }. Errors: DatasetNotFound 404',
  })
  @ZodResponse(200, getDatasetOutput, 'The dataset')
  @ApiProblems({ 404: ['DatasetNotFound'] })
  get(@UuidParam('id') datasetId: string, @Meta() meta: CommandMeta): Promise<DatasetView> {
    return this.queries.execute(new GetDatasetQuery({ datasetId }, meta));
  }
}
