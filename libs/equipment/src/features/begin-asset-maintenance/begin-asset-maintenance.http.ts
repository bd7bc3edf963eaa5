import { Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CommandMeta, Meta, UuidParam, ApiProblems, ZodResponse } from '@custody/platform';
import { BeginAssetMaintenanceCommand } from './begin-asset-maintenance.command';

@ApiTags('equipment')
@Controller('v1/assets')
export class BeginAssetMaintenanceController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/begin-maintenance')
  @HttpCode(204)
  @Access('command')
  @ApiOperation({
    summary: 'Active → Maintenance. Errors: AssetNotFound 404, AssetCannotBeginMaintenance 409 (not Active)',
  })
  @ZodResponse(204, null, 'Active → Maintenance')
  @ApiProblems({ 404: ['AssetNotFound'], 409: ['AssetCannotBeginMaintenance'] })
  async beginMaintenance(@UuidParam('id') assetId: string, @Meta() meta: CommandMeta): Promise<void> {
    await this.commands.execute(new BeginAssetMaintenanceCommand({ assetId }, meta));
  }
}
