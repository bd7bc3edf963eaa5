import { Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CommandMeta, Meta, ZodBody, ApiProblems, ZodResponse } from '@custody/platform';
import { RegisterTierCommand, RegisterTierInput, registerTierInput, registerTierOutput } from './register-tier.command';

@ApiTags('data')
@Controller('v1/tiers')
export class RegisterTierController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @Access('admin')
  @ApiOperation({
    summary: 'Register a storage tier (file, s3, https or globus) with the root its copies lie under',
    description:
      'The root is kept in canonical form (scheme and host lower-cased, no trailing slash, `.` and empty segments dropped). ' +
      'A root of another scheme than the protocol, with `..`, a query or a fragment is 400 ValidationFailed. ' +
      'An `https` tier may use an `http://` root. The server verifies copies on `file` and `https` tiers itself; ' +
      '`s3` and `globus` copies attest Unreachable from the server for now (an edge host reports what it measured).',
  })
  @ZodResponse(201, registerTierOutput, 'The tier was registered')
  @ApiProblems({ 400: ['ValidationFailed'], 409: ['TierNameTaken'] })
  register(@ZodBody(registerTierInput) body: RegisterTierInput, @Meta() meta: CommandMeta) {
    return this.commands.execute(new RegisterTierCommand(body, meta));
  }
}
