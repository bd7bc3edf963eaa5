import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access } from '../../auth/access.decorator';
import { ApiProblems, ZodResponse } from '../../http/api-docs';
import { rebuildProjectionOutput } from './rebuild-projection.command';
import { ProjectionRunner } from '../projection-runner';

@ApiTags('projections')
@Controller('v1/projections')
export class RebuildProjectionController {
  constructor(private readonly runner: ProjectionRunner) {}

  @Post(':name/rebuild')
  @HttpCode(200)
  @Access('admin')
  @ApiOperation({ summary: 'Empty a projection and replay every event into it, atomically' })
  @ZodResponse(200, rebuildProjectionOutput, 'The projection was rebuilt')
  @ApiProblems({ 404: ['ProjectionNotFound'] })
  rebuild(@Param('name') name: string): Promise<{ name: string; eventsProcessed: number }> {
    return this.runner.rebuild(name);
  }
}
