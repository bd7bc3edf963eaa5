import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access } from '../../auth/access.decorator';
import { ZodResponse } from '../../http/api-docs';
import { listProjectionsOutput } from './list-projections.query';
import { ProjectionRunner, ProjectionStatus } from '../projection-runner';

@ApiTags('projections')
@Controller('v1/projections')
export class ListProjectionsController {
  constructor(private readonly runner: ProjectionRunner) {}

  @Get()
  @Access('read')
  @ApiOperation({ summary: 'Every projection with its bookmark and lag' })
  @ZodResponse(200, listProjectionsOutput, 'Every projection with its bookmark and lag')
  async list(): Promise<{ items: ProjectionStatus[]; nextCursor: null }> {
    return { items: await this.runner.status(), nextCursor: null };
  }
}
