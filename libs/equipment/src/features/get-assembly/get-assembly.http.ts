import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CommandMeta, Meta, UuidParam, ApiProblems, ZodResponse } from '@custody/platform';
import { AssemblyView } from '../../aggregates/assembly/assembly.state';
import { GetAssemblyQuery, getAssemblyOutput } from './get-assembly.query';

@ApiTags('equipment')
@Controller('v1/assemblies')
export class GetAssemblyController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id')
  @Access('read')
  @ApiOperation({
    summary: 'Read an assembly: { assemblyId, name, slots, deprecated, version }. Errors: AssemblyNotFound 404',
  })
  @ZodResponse(200, getAssemblyOutput, 'The assembly')
  @ApiProblems({ 404: ['AssemblyNotFound'] })
  get(@UuidParam('id') assemblyId: string, @Meta() meta: CommandMeta): Promise<AssemblyView> {
    return this.queries.execute(new GetAssemblyQuery({ assemblyId }, meta));
  }
}
