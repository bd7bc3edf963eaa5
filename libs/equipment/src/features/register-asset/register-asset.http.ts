import { Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CommandMeta, Meta, ZodBody } from '@custody/platform';
import { RegisterAssetCommand, RegisterAssetInput, registerAssetInput } from './register-asset.command';

@ApiTags('equipment')
@Controller('v1/assets')
export class RegisterAssetController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @Access('command')
  @ApiOperation({
    summary: 'Register an instrument (asset); it starts Commissioned. Errors: FamilyNotFound, ModelNotFound 404',
  })
  @ApiCreatedResponse({ description: '{ assetId }' })
  register(@ZodBody(registerAssetInput) body: RegisterAssetInput, @Meta() meta: CommandMeta) {
    return this.commands.execute(new RegisterAssetCommand(body, meta));
  }
}
