import { Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, ApiProblems, CommandMeta, Meta, UuidParam, ZodBody, ZodResponse } from '@custody/platform';
import { StopRunBody, StopRunCommand, stopRunBody } from './stop-run.command';

@ApiTags('operation')
@Controller('v1/runs')
export class StopRunController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/stop')
  @HttpCode(204)
  @Access('command')
  @ApiOperation({ summary: 'Running or Held → Stopped, with a reason (final)' })
  @ZodResponse(204, null, 'The run is Stopped')
  @ApiProblems({ 400: ['ValidationFailed'], 404: ['RunNotFound'], 409: ['RunCannotStop'] })
  async stop(
    @UuidParam('id') runId: string,
    @ZodBody(stopRunBody) body: StopRunBody,
    @Meta() meta: CommandMeta,
  ): Promise<void> {
    await this.commands.execute(new StopRunCommand({ runId, reason: body.reason }, meta));
  }
}
