import { Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, ApiProblems, CommandMeta, Meta, UuidParam, ZodResponse } from '@custody/platform';
import { ResumeRunCommand } from './resume-run.command';

@ApiTags('operation')
@Controller('v1/runs')
export class ResumeRunController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/resume')
  @HttpCode(204)
  @Access('command')
  @ApiOperation({ summary: 'Held → Running (a resumed run is not gated again)' })
  @ZodResponse(204, null, 'The run is Running')
  @ApiProblems({ 400: ['ValidationFailed'], 404: ['RunNotFound'], 409: ['RunCannotResume'] })
  async resume(@UuidParam('id') runId: string, @Meta() meta: CommandMeta): Promise<void> {
    await this.commands.execute(new ResumeRunCommand({ runId }, meta));
  }
}
