import { Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, ApiProblems, CommandMeta, Meta, UuidParam, ZodResponse } from '@custody/platform';
import { CompleteRunCommand } from './complete-run.command';

@ApiTags('operation')
@Controller('v1/runs')
export class CompleteRunController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/complete')
  @HttpCode(204)
  @Access('command')
  @ApiOperation({ summary: 'Running → Completed (final)' })
  @ZodResponse(204, null, 'The run is Completed')
  @ApiProblems({ 400: ['ValidationFailed'], 404: ['RunNotFound'], 409: ['RunCannotComplete'] })
  async complete(@UuidParam('id') runId: string, @Meta() meta: CommandMeta): Promise<void> {
    await this.commands.execute(new CompleteRunCommand({ runId }, meta));
  }
}
