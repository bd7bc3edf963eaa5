import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CommandMeta, Meta, UuidParam, ApiProblems, ZodResponse } from '@custody/platform';
import { AssetView } from '../../aggregates/asset/asset.state';
import { GetAssetQuery, getAssetOutput } from './get-asset.query';

@ApiTags('equipment')
@Controller('v1/assets')
export class GetAssetController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id')
  @Access('read')
  @ApiOperation({
    summary:
      'Read an asset: { assetId, name, familyId, modelId, serialNumber, owner, lifecycle, mountId, fixtureId, persistentId, version }',
  })
  @ZodResponse(200, getAssetOutput, 'The asset')
  @ApiProblems({ 404: ['AssetNotFound'] })
  get(@UuidParam('id') assetId: string, @Meta() meta: CommandMeta): Promise<AssetView> {
    return this.queries.execute(new GetAssetQuery({ assetId }, meta));
  }
}
