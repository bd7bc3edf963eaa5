import { Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CommandMeta, Meta, UuidParam, ZodBody, ApiProblems, ZodResponse } from '@custody/platform';
import {
  RegisterFixtureBody,
  RegisterFixtureCommand,
  registerFixtureBody,
  registerFixtureOutput,
} from './register-fixture.command';

@ApiTags('equipment')
@Controller('v1/assemblies')
export class RegisterFixtureController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/fixtures')
  @Access('command')
  @ApiOperation({
    summary:
      'Register a fixture of the assembly: bind every slot to exactly `count` installed, not decommissioned assets of ' +
      'the slot’s family (slot names match exactly). The assets are not attached yet (see attach-to-fixture). ' +
      'Errors, checked in this order: AssemblyNotFound 404, AssemblyCannotInstantiate 409 (deprecated), ' +
      'FixtureAssetNotFound 404, FixtureAssetNotAttachable 409 (decommissioned), FixtureAssetNotInstalled 409 (in no mount), ' +
      'FixtureUnknownSlot 400, FixtureMappingIncomplete 400 (bindings per slot ≠ count), FixtureAssetFamilyMismatch 400; ' +
      'where several assets fail one check the error names the smallest assetId. The same asset twice: ValidationFailed 400',
  })
  @ZodResponse(201, registerFixtureOutput, 'The fixture was registered')
  @ApiProblems({
    400: ['ValidationFailed', 'FixtureUnknownSlot', 'FixtureMappingIncomplete', 'FixtureAssetFamilyMismatch'],
    404: ['AssemblyNotFound', 'FixtureAssetNotFound'],
    409: ['AssemblyCannotInstantiate', 'FixtureAssetNotAttachable', 'FixtureAssetNotInstalled'],
  })
  register(
    @UuidParam('id') assemblyId: string,
    @ZodBody(registerFixtureBody) body: RegisterFixtureBody,
    @Meta() meta: CommandMeta,
  ) {
    return this.commands.execute(new RegisterFixtureCommand({ assemblyId, ...body }, meta));
  }
}
