import { Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, ApiProblems, CommandMeta, Meta, UuidParam, ZodBody, ZodResponse } from '@custody/platform';
import {
  StageLineageJobsCommand,
  StageLineageJobsInput,
  stageLineageJobsInput,
  stageLineageJobsOutput,
} from './stage-lineage-jobs.command';

@ApiTags('lineage')
@Controller('v1/lineage/sessions/:sessionId/jobs')
export class StageLineageJobsController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(200)
  @Access('worker')
  @ApiOperation({
    summary: 'Stage a batch of jobs in a lineage session',
    description:
      'Up to 10,000 jobs per request (bodies up to 16 MiB on the lineage batch routes). Jobs the session holds ' +
      'already count as `existing`. A job may name the custody `runId` it was part of.',
  })
  @ZodResponse(200, stageLineageJobsOutput, '{ created, existing }')
  @ApiProblems({
    400: ['ValidationFailed'],
    404: ['LineageSessionNotFound'],
    409: ['LineageJobConflict', 'LineageSessionClosed'],
    413: ['PayloadTooLarge'],
  })
  stage(
    @UuidParam('sessionId') sessionId: string,
    @ZodBody(stageLineageJobsInput) body: StageLineageJobsInput,
    @Meta() meta: CommandMeta,
  ) {
    return this.commands.execute(new StageLineageJobsCommand(sessionId, body, meta));
  }
}
