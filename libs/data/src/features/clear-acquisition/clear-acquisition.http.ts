import { Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, ApiProblems, CommandMeta, Meta, UuidParam, ZodBody, ZodResponse } from '@custody/platform';
import { z } from 'zod';
import { ClearAcquisitionCommand, clearAcquisitionBody, clearAcquisitionOutput } from './clear-acquisition.command';

@ApiTags('acquisitions')
@Controller('v1/acquisitions')
export class ClearAcquisitionController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/clear')
  @HttpCode(200)
  @Access('command')
  @ApiOperation({
    summary: 'Clear a sync_verified acquisition (how a `manual` retention ends): its staging copy may go',
    description:
      'Refused unless the dataset has a Verified copy besides the staging one (409 AcquisitionCannotClear), ' +
      'checked in the transaction that records `cleared`. The worker serving the tier then checks again, deletes ' +
      'the staging files and discards the staging copy. Body optional: `{ host? }`.',
  })
  @ZodResponse(200, clearAcquisitionOutput, 'The acquisition, cleared')
  @ApiProblems({
    400: ['ValidationFailed'],
    404: ['AcquisitionNotFound'],
    409: ['AcquisitionIllegalTransition', 'AcquisitionCannotClear'],
  })
  clear(
    @UuidParam('id') acquisitionId: string,
    @ZodBody(clearAcquisitionBody) body: z.output<typeof clearAcquisitionBody>,
    @Meta() meta: CommandMeta,
  ) {
    return this.commands.execute(new ClearAcquisitionCommand({ ...body, acquisitionId }, meta));
  }
}
