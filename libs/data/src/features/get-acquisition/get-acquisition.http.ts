import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, ApiProblems, CommandMeta, Meta, UuidParam, ZodResponse } from '@custody/platform';
import { AcquisitionView } from '../../aggregates/acquisition/acquisition.state';
import { GetAcquisitionQuery, getAcquisitionOutput } from './get-acquisition.query';

@ApiTags('acquisitions')
@Controller('v1/acquisitions')
export class GetAcquisitionController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id')
  @Access('read')
  @ApiOperation({
    summary: 'Read an acquisition: its state, append-only history (each entry names its host) and links',
  })
  @ZodResponse(200, getAcquisitionOutput, 'The acquisition')
  @ApiProblems({ 400: ['ValidationFailed'], 404: ['AcquisitionNotFound'] })
  get(@UuidParam('id') acquisitionId: string, @Meta() meta: CommandMeta): Promise<AcquisitionView> {
    return this.queries.execute(new GetAcquisitionQuery({ acquisitionId }, meta));
  }
}
