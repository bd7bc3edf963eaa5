import { Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CommandMeta, Meta, UuidParam, ApiProblems, ZodResponse } from '@custody/platform';
import { DecommissionAssetCommand } from './decommission-asset.command';

@ApiTags('equipment')
@Controller('v1/assets')
export class DecommissionAssetController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/decommission')
  @HttpCode(204)
  @Access('command')
  @ApiOperation({
    summary:
      'Commissioned, Active or Maintenance → Decommissioned (final). Errors, in this order: AssetNotFound 404, AssetHasFixtureBinding 409 (attached to a fixture), AssetIsInstalled 409 (in a mount), AssetCannotDecommission 409 (already Decommissioned)',
  })
  @ZodResponse(204, null, 'Decommissioned (final)')
  @ApiProblems({
    404: ['AssetNotFound'],
    409: ['AssetHasFixtureBinding', 'AssetIsInstalled', 'AssetCannotDecommission'],
  })
  async decommission(@UuidParam('id') assetId: string, @Meta() meta: CommandMeta): Promise<void> {
    await this.commands.execute(new DecommissionAssetCommand({ assetId }, meta));
  }
}
