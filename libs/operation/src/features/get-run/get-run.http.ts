import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, ApiProblems, CommandMeta, Meta, UuidParam, ZodResponse } from '@custody/platform';
import { RunView } from '../../aggregates/run/run.state';
import { GetRunQuery, getRunOutput } from './get-run.query';

@ApiTags('operation')
@Controller('v1/runs')
export class GetRunController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id')
  @Access('read')
  @ApiOperation({
    summary:
      'Read a run: { runId, methodId, state, inputDatasetIds, inputCopies: [{ datasetId, distributionId, tierId }], parameters, history, version }',
  })
  @ZodResponse(200, getRunOutput, 'The run')
  @ApiProblems({ 400: ['ValidationFailed'], 404: ['RunNotFound'] })
  get(@UuidParam('id') runId: string, @Meta() meta: CommandMeta): Promise<RunView> {
    return this.queries.execute(new GetRunQuery({ runId }, meta));
  }
}
