import { Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, ApiProblems, CommandMeta, Meta, UuidParam, ZodBody, ZodResponse } from '@custody/platform';
import { AbortRunBody, AbortRunCommand, abortRunBody } from './abort-run.command';

@ApiTags('operation')
@Controller('v1/runs')
export class AbortRunController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/abort')
  @HttpCode(204)
  @Access('command')
  @ApiOperation({ summary: 'Running or Held → Aborted, with a reason (final)' })
  @ZodResponse(204, null, 'The run is Aborted')
  @ApiProblems({ 400: ['ValidationFailed'], 404: ['RunNotFound'], 409: ['RunCannotAbort'] })
  async abort(
    @UuidParam('id') runId: string,
    @ZodBody(abortRunBody) body: AbortRunBody,
    @Meta() meta: CommandMeta,
  ): Promise<void> {
    await this.commands.execute(new AbortRunCommand({ runId, reason: body.reason }, meta));
  }
}
