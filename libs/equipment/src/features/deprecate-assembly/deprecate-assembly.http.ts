import { Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CommandMeta, Meta, UuidParam, ApiProblems, ZodResponse } from '@custody/platform';
import { DeprecateAssemblyCommand } from './deprecate-assembly.command';

@ApiTags('equipment')
@Controller('v1/assemblies')
export class DeprecateAssemblyController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/deprecate')
  @HttpCode(204)
  @Access('command')
  @ApiOperation({
    summary:
      'Deprecate an assembly: no new fixture can be registered from it; existing fixtures are unchanged. ' +
      'Errors: AssemblyNotFound 404, AssemblyCannotDeprecate 409 (already deprecated)',
  })
  @ZodResponse(204, null, 'Deprecated')
  @ApiProblems({ 404: ['AssemblyNotFound'], 409: ['AssemblyCannotDeprecate'] })
  async deprecate(@UuidParam('id') assemblyId: string, @Meta() meta: CommandMeta): Promise<void> {
    await this.commands.execute(new DeprecateAssemblyCommand({ assemblyId }, meta));
  }
}
