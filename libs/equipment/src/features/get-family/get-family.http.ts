import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CommandMeta, Meta, UuidParam, ApiProblems, ZodResponse } from '@custody/platform';
import { FamilyView } from '../../aggregates/family/family.state';
import { GetFamilyQuery, getFamilyOutput } from './get-family.query';

@ApiTags('equipment')
@Controller('v1/families')
export class GetFamilyController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id')
  @Access('read')
  @ApiOperation({ summary: 'Read a family: { familyId, name, version }. Errors: FamilyNotFound 404' })
  @ZodResponse(200, getFamilyOutput, 'The family')
  @ApiProblems({ 404: ['FamilyNotFound'] })
  get(@UuidParam('id') familyId: string, @Meta() meta: CommandMeta): Promise<FamilyView> {
    return this.queries.execute(new GetFamilyQuery({ familyId }, meta));
  }
}
