import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CommandMeta, Meta, UuidParam, ApiProblems, ZodResponse } from '@custody/platform';
import { FixtureView } from '../../aggregates/fixture/fixture.state';
import { GetFixtureQuery, getFixtureOutput } from './get-fixture.query';

@ApiTags('equipment')
@Controller('v1/fixtures')
export class GetFixtureController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id')
  @Access('read')
  @ApiOperation({
    summary:
      'Read a fixture: { fixtureId, assemblyId, slotAssetBindings, parameterOverrides, attachedAssetIds, persistentId, ' +
      'pendingPersistentId? (while a request awaits the registry), version }. Errors: FixtureNotFound 404',
  })
  @ZodResponse(200, getFixtureOutput, 'The fixture')
  @ApiProblems({ 404: ['FixtureNotFound'] })
  get(@UuidParam('id') fixtureId: string, @Meta() meta: CommandMeta): Promise<FixtureView> {
    return this.queries.execute(new GetFixtureQuery({ fixtureId }, meta));
  }
}
