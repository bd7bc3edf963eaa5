import { Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CommandMeta, Meta, ZodBody, ApiProblems, ZodResponse } from '@custody/platform';
import {
  RegisterDistributionCommand,
  RegisterDistributionInput,
  registerDistributionInput,
  registerDistributionOutput,
} from './register-distribution.command';

@ApiTags('data')
@Controller('v1/distributions')
export class RegisterDistributionController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @Access('command')
  @ApiOperation({
    summary:
      'Register a copy (distribution) of a dataset on a tier; it starts Registered. Errors in this order: DatasetNotFound, ' +
      'TierNotFound 404, DatasetDiscarded 409, DistributionChecksumMismatch 409, DistributionAlreadyRegistered 409, ' +
      'DistributionUriOutsideTier 400',
    description:
      '`uri` is a path relative to the tier root, or an absolute URI (or, with the root’s scheme and host, a path ' +
      'starting with `/`) strictly under the root. Segments are percent-decoded; `.` and empty segments are dropped; a ' +
      '`..` segment, an encoded `/`, a query or fragment, another scheme or host, or a location outside the root is ' +
      '400 DistributionUriOutsideTier with `errors: [{ path: "uri" }]`. The copy is kept under its canonical URI.',
  })
  @ZodResponse(201, registerDistributionOutput, 'The copy was registered')
  @ApiProblems({
    400: ['ValidationFailed', 'DistributionUriOutsideTier'],
    404: ['DatasetNotFound', 'TierNotFound'],
    409: ['DatasetDiscarded', 'DistributionChecksumMismatch', 'DistributionAlreadyRegistered'],
  })
  register(@ZodBody(registerDistributionInput) body: RegisterDistributionInput, @Meta() meta: CommandMeta) {
    return this.commands.execute(new RegisterDistributionCommand(body, meta));
  }
}
