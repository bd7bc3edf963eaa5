import { Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CommandMeta, Meta, ZodBody, ZodResponse } from '@custody/platform';
import {
  RegisterFamilyCommand,
  RegisterFamilyInput,
  registerFamilyInput,
  registerFamilyOutput,
} from './register-family.command';

@ApiTags('equipment')
@Controller('v1/families')
export class RegisterFamilyController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @Access('command')
  @ApiOperation({ summary: 'Register an instrument family' })
  @ZodResponse(201, registerFamilyOutput, 'The family was registered')
  register(@ZodBody(registerFamilyInput) body: RegisterFamilyInput, @Meta() meta: CommandMeta) {
    return this.commands.execute(new RegisterFamilyCommand(body, meta));
  }
}
