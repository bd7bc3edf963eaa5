import { Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CommandMeta, Meta, ZodBody, ApiProblems, ZodResponse } from '@custody/platform';
import {
  RegisterAssemblyCommand,
  RegisterAssemblyInput,
  registerAssemblyInput,
  registerAssemblyOutput,
} from './register-assembly.command';

@ApiTags('equipment')
@Controller('v1/assemblies')
export class RegisterAssemblyController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @Access('command')
  @ApiOperation({
    summary:
      'Register an assembly: named slots, each taking `count` assets of a family. Slot names are unique ignoring case; ' +
      '1 to 100 slots; count an integer 1..100; 1000 assets at most in all. Errors: ValidationFailed 400, FamilyNotFound 404 (the smallest unknown familyId)',
  })
  @ZodResponse(201, registerAssemblyOutput, 'The assembly was registered')
  @ApiProblems({ 404: ['FamilyNotFound'] })
  register(@ZodBody(registerAssemblyInput) body: RegisterAssemblyInput, @Meta() meta: CommandMeta) {
    return this.commands.execute(new RegisterAssemblyCommand(body, meta));
  }
}
