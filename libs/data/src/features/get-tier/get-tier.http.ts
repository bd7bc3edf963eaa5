import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CommandMeta, Meta, UuidParam, ApiProblems, ZodResponse } from '@custody/platform';
import { TierView } from '../../aggregates/tier/tier.state';
import { GetTierQuery, getTierOutput } from './get-tier.query';

@ApiTags('data')
@Controller('v1/tiers')
export class GetTierController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id')
  @Access('read')
  @ApiOperation({
    summary:
      'Read a tier: { tierId, name, accessProtocol, rootUri, reachable, registeredAt, version }. Errors: TierNotFound 404',
  })
  @ZodResponse(200, getTierOutput, 'The tier')
  @ApiProblems({ 404: ['TierNotFound'] })
  get(@UuidParam('id') tierId: string, @Meta() meta: CommandMeta): Promise<TierView> {
    return this.queries.execute(new GetTierQuery({ tierId }, meta));
  }
}
