import { Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, ApiProblems, CommandMeta, Meta, ZodBody, ZodResponse } from '@custody/platform';
import {
  RegisterMethodCommand,
  RegisterMethodInput,
  registerMethodInput,
  registerMethodOutput,
} from './register-method.command';

@ApiTags('operation')
@Controller('v1/methods')
export class RegisterMethodController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @Access('command')
  @ApiOperation({
    summary: 'Register a processing method: a name, the kinds of input it needs, and a JSON Schema for its parameters',
    description:
      'The parametersSchema is checked to be a valid, compilable JSON Schema (draft 2020-12, or draft-07 when its ' +
      '`$schema` says so; remote `$ref`s are never fetched): 400 ValidationFailed otherwise. Without one, runs ' +
      'of the method accept any parameters.',
  })
  @ZodResponse(201, registerMethodOutput, 'The new method’s id')
  @ApiProblems({ 400: ['ValidationFailed'] })
  register(@ZodBody(registerMethodInput) body: RegisterMethodInput, @Meta() meta: CommandMeta) {
    return this.commands.execute(new RegisterMethodCommand(body, meta));
  }
}
