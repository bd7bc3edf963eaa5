import { Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, ApiProblems, CommandMeta, Meta, UuidParam, ZodResponse } from '@custody/platform';
import { CancelMaterializationCommand, cancelMaterializationOutput } from './cancel-materialization.command';

@ApiTags('operation')
@Controller('v1/materializations')
export class CancelMaterializationController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/cancel')
  @HttpCode(202)
  @Access('worker')
  @ApiOperation({
    summary:
      'Cancel a materialization (202): a Pending one ends Cancelled at once; a Transferring one is cancelled at the adapter',
    description:
      'The job cancels the running transfer at its adapter (the local copy stops mid-file, a Globus task is cancelled) ' +
      'and the materialization ends Cancelled with nothing registered. Cancelling one that is Verifying or finished ' +
      'changes nothing (still 202).',
  })
  @ZodResponse(202, cancelMaterializationOutput, 'Where the materialization stands after the cancel')
  @ApiProblems({ 400: ['ValidationFailed'], 404: ['MaterializationNotFound'] })
  cancel(@UuidParam('id') materializationId: string, @Meta() meta: CommandMeta) {
    return this.commands.execute(new CancelMaterializationCommand({ materializationId }, meta));
  }
}
