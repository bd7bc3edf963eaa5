import { Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, ApiProblems, CommandMeta, Meta, UuidParam, ZodResponse } from '@custody/platform';
import { HoldRunCommand } from './hold-run.command';

@ApiTags('operation')
@Controller('v1/runs')
export class HoldRunController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/hold')
  @HttpCode(204)
  @Access('command')
  @ApiOperation({ summary: 'Running → Held' })
  @ZodResponse(204, null, 'The run is Held')
  @ApiProblems({ 400: ['ValidationFailed'], 404: ['RunNotFound'], 409: ['RunCannotHold'] })
  async hold(@UuidParam('id') runId: string, @Meta() meta: CommandMeta): Promise<void> {
    await this.commands.execute(new HoldRunCommand({ runId }, meta));
  }
}
