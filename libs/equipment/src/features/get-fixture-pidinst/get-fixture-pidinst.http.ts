import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public, UuidParam, ApiProblems, ZodResponse } from '@custody/platform';
import { PidinstRecord } from '../../pidinst/pidinst-record';
import { GetFixturePidinstQuery, getFixturePidinstOutput } from './get-fixture-pidinst.query';

@ApiTags('equipment')
@Controller('v1/fixtures')
export class GetFixturePidinstController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id/pidinst')
  @Public()
  @ApiOperation({
    summary: 'The fixture’s PIDINST 1.0 record (public, no token)',
    description:
      'A record valid against the RDA PIDINST 1.0 JSON Schema. Before a persistent identifier is assigned its ' +
      '`identifier` is `{ identifier: "urn:uuid:<id>", identifierType: "URN" }`; after, the DOI or Handle. This is ' +
      'the landing page the identifier resolves to. Errors: FixtureNotFound 404, PidinstIncomplete 409 (no owner or ' +
      'no manufacturer).',
  })
  @ZodResponse(200, getFixturePidinstOutput, 'The PIDINST 1.0 record')
  @ApiProblems({ 404: ['FixtureNotFound'], 409: ['PidinstIncomplete'] })
  get(@UuidParam('id') fixtureId: string): Promise<PidinstRecord> {
    return this.queries.execute(new GetFixturePidinstQuery({ fixtureId }, null));
  }
}
