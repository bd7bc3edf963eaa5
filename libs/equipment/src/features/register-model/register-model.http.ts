import { Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CommandMeta, Meta, ZodBody, ApiProblems, ZodResponse } from '@custody/platform';
import {
  RegisterModelCommand,
  RegisterModelInput,
  registerModelInput,
  registerModelOutput,
} from './register-model.command';

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
  @ZodResponse(201, registerModelOutput, 'The model was registered')
  @ApiProblems({ 404: ['FamilyNotFound'] })
  register(@ZodBody(registerModelInput) body: RegisterModelInput, @Meta() meta: CommandMeta) {
    return this.commands.execute(new RegisterModelCommand(body, meta));
  }
}
