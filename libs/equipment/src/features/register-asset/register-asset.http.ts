import { Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CommandMeta, Meta, ZodBody, ApiProblems, ZodResponse } from '@custody/platform';
import {
  RegisterAssetCommand,
  RegisterAssetInput,
  registerAssetInput,
  registerAssetOutput,
} from './register-asset.command';

@ApiTags('equipment')
@Controller('v1/assets')
export class RegisterAssetController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @Access('command')
  @ApiOperation({
    summary: 'Register an instrument (asset); it starts Commissioned. Errors: FamilyNotFound, ModelNotFound 404',
  })
  @ZodResponse(201, registerAssetOutput, 'The asset was registered, Commissioned')
  @ApiProblems({ 404: ['FamilyNotFound', 'ModelNotFound'] })
  register(@ZodBody(registerAssetInput) body: RegisterAssetInput, @Meta() meta: CommandMeta) {
    return this.commands.execute(new RegisterAssetCommand(body, meta));
  }
}
