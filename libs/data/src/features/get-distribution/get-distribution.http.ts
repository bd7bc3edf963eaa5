import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CommandMeta, Meta, UuidParam, ApiProblems, ZodResponse } from '@custody/platform';
import { DistributionView } from '../../aggregates/distribution/distribution.state';
import { GetDistributionQuery, getDistributionOutput } from './get-distribution.query';

@ApiTags('data')
@Controller('v1/distributions')
export class GetDistributionController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id')
  @Access('read')
  @ApiOperation({
    summary:
      'Read a copy: { distributionId, datasetId, tierId, uri, checksum, byteSize, status, lastAttestation }. Errors: DistributionNotFound 404',
    description:
      '`status` is Registered, Verified, Stale or Discarded. `lastAttestation` is null or { attestationId, outcome, ' +
      'observed, source: server | reported, detail, attestedAt }.',
  })
  @ZodResponse(200, getDistributionOutput, 'The copy')
  @ApiProblems({ 404: ['DistributionNotFound'] })
  get(@UuidParam('id') distributionId: string, @Meta() meta: CommandMeta): Promise<DistributionView> {
    return this.queries.execute(new GetDistributionQuery({ distributionId }, meta));
  }
}
