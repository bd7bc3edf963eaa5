import { Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, ApiProblems, CommandMeta, Meta, UuidParam, ZodBody, ZodResponse } from '@custody/platform';
import { z } from 'zod';
import {
  TransitionAcquisitionCommand,
  transitionAcquisitionBody,
  transitionAcquisitionOutput,
} from './transition-acquisition.command';

@ApiTags('acquisitions')
@Controller('v1/acquisitions')
export class TransitionAcquisitionController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/transitions')
  @HttpCode(200)
  @Access('worker')
  @ApiOperation({
    summary: 'Move an acquisition to its next state: staging → complete → sync_queued → sync_verified → cleared',
    description:
      'Anything but the next state is 409 AcquisitionIllegalTransition and the state does not move (of five ' +
      'identical concurrent requests exactly one wins). `complete` keeps filesReceived and bytesReceived, ' +
      '`sync_verified` keeps targetTierId; extras sent with another state are dropped. `sync_verified` needs a ' +
      'Verified copy on the target tier (AcquisitionSyncNotVerified); `cleared` needs a Verified copy besides the ' +
      'staging copy (AcquisitionCannotClear); both checked in the transaction that records the transition. ' +
      '`datasetId` and `materializationId` link the acquisition once (another datasetId later: 409 AcquisitionDatasetMismatch).',
  })
  @ZodResponse(200, transitionAcquisitionOutput, 'The acquisition after the transition')
  @ApiProblems({
    400: ['ValidationFailed'],
    404: ['AcquisitionNotFound', 'DatasetNotFound'],
    409: [
      'AcquisitionIllegalTransition',
      'AcquisitionSyncNotVerified',
      'AcquisitionCannotClear',
      'AcquisitionDatasetMismatch',
    ],
  })
  transition(
    @UuidParam('id') acquisitionId: string,
    @ZodBody(transitionAcquisitionBody) body: z.output<typeof transitionAcquisitionBody>,
    @Meta() meta: CommandMeta,
  ) {
    return this.commands.execute(new TransitionAcquisitionCommand({ ...body, acquisitionId }, meta));
  }
}
