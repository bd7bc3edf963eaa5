import { Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, ApiProblems, CommandMeta, Meta, ZodBody, ZodResponse } from '@custody/platform';
import {
  RegisterAcquisitionCommand,
  RegisterAcquisitionInput,
  registerAcquisitionInput,
  registerAcquisitionOutput,
} from './register-acquisition.command';

@ApiTags('acquisitions')
@Controller('v1/acquisitions')
export class RegisterAcquisitionController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @Access('command')
  @ApiOperation({
    summary: 'Register a run being written on an acquisition tier; it starts `staging`',
    description:
      'The worker serving the tier drives it (complete → sync_queued → sync_verified → cleared) when it names a ' +
      '`targetTierId`. Retention defaults to `manual`. `path` must lie under the tier root (400 AcquisitionPathOutsideTier).',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Same key and body → the first answer again' })
  @ZodResponse(201, registerAcquisitionOutput, 'The new acquisition, staging')
  @ApiProblems({
    400: ['ValidationFailed', 'AcquisitionPathOutsideTier', 'AcquisitionTargetIsAcquisitionTier'],
    404: ['TierNotFound'],
  })
  register(@ZodBody(registerAcquisitionInput) body: RegisterAcquisitionInput, @Meta() meta: CommandMeta) {
    return this.commands.execute(new RegisterAcquisitionCommand(body, meta));
  }
}
