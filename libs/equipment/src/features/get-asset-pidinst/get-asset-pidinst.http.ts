import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public, UuidParam, ApiProblems, ZodResponse } from '@custody/platform';
import { PidinstRecord } from '../../pidinst/pidinst-record';
import { GetAssetPidinstQuery, getAssetPidinstOutput } from './get-asset-pidinst.query';

@ApiTags('equipment')
@Controller('v1/assets')
export class GetAssetPidinstController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id/pidinst')
  @Public()
  @ApiOperation({
    summary: 'The asset’s PIDINST 1.0 record (public, no token)',
    description:
      'A record valid against the RDA PIDINST 1.0 JSON Schema. Before a persistent identifier is assigned its ' +
      '`identifier` is `{ identifier: "urn:uuid:<id>", identifierType: "URN" }`; after, the DOI or Handle. This is ' +
      'the landing page the identifier resolves to. Errors: AssetNotFound 404, PidinstIncomplete 409 (no owner or ' +
      'no manufacturer).',
  })
  @ZodResponse(200, getAssetPidinstOutput, 'The PIDINST 1.0 record')
  @ApiProblems({ 404: ['AssetNotFound'], 409: ['PidinstIncomplete'] })
  get(@UuidParam('id') assetId: string): Promise<PidinstRecord> {
    return this.queries.execute(new GetAssetPidinstQuery({ assetId }, null));
  }
}
