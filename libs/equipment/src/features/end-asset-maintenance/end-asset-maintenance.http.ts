import { Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CommandMeta, Meta, UuidParam, ApiProblems, ZodResponse } from '@custody/platform';
import { EndAssetMaintenanceCommand } from './end-asset-maintenance.command';

@ApiTags('equipment')
@Controller('v1/assets')
export class EndAssetMaintenanceController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/end-maintenance')
  @HttpCode(204)
  @Access('command')
  @ApiOperation({
    summary: 'Maintenance → Active. Errors: AssetNotFound 404, AssetCannotEndMaintenance 409 (not in Maintenance)',
  })
  @ZodResponse(204, null, 'Maintenance → Active')
  @ApiProblems({ 404: ['AssetNotFound'], 409: ['AssetCannotEndMaintenance'] })
  async endMaintenance(@UuidParam('id') assetId: string, @Meta() meta: CommandMeta): Promise<void> {
    await this.commands.execute(new EndAssetMaintenanceCommand({ assetId }, meta));
  }
}
