import { Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CommandMeta, Meta, ZodBody } from '@custody/platform';
import { RegisterModelCommand, RegisterModelInput, registerModelInput } from './register-model.command';

@ApiTags('equipment')
@Controller('v1/models')
export class RegisterModelController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @Access('command')
  @ApiOperation({
    summary:
      'Register an instrument model of a family, with its manufacturer (identifier and identifierType go together). Errors: FamilyNotFound 404',
  })
  @ApiCreatedResponse({ description: '{ modelId }' })
  register(@ZodBody(registerModelInput) body: RegisterModelInput, @Meta() meta: CommandMeta) {
    return this.commands.execute(new RegisterModelCommand(body, meta));
  }
}
