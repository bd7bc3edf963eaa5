import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, ApiProblems, CommandMeta, Meta, UuidParam, ZodResponse } from '@custody/platform';
import { OpenLineageRunEvent } from '../../aggregates/run/run.openlineage';
import { GetRunOpenlineageQuery, getRunOpenlineageOutput } from './get-run-openlineage.query';

@ApiTags('operation')
@Controller('v1/runs')
export class GetRunOpenlineageController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id/openlineage')
  @Access('read')
  @ApiOperation({
    summary: 'A run as OpenLineage 2-0-2 RunEvents, for export: its START and, once ended, COMPLETE, ABORT or FAIL',
    description:
      'complete → COMPLETE, abort → ABORT, stop → FAIL. The job is the method (`methods/<methodId>`), the inputs ' +
      'are the input datasets (`datasets/<datasetId>`), both in this installation’s namespace (CUSTODY_PUBLIC_URL).',
  })
  @ZodResponse(200, getRunOpenlineageOutput, 'The run’s RunEvents in order')
  @ApiProblems({ 400: ['ValidationFailed'], 404: ['RunNotFound'] })
  get(@UuidParam('id') runId: string, @Meta() meta: CommandMeta): Promise<OpenLineageRunEvent[]> {
    return this.queries.execute(new GetRunOpenlineageQuery({ runId }, meta));
  }
}
