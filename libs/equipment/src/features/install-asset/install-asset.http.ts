import { Controller, HttpCode, Put } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CommandMeta, Meta, UuidParam, ZodBody, ApiProblems, ZodResponse } from '@custody/platform';
import { InstallAssetBody, InstallAssetCommand, installAssetBody } from './install-asset.command';

@ApiTags('equipment')
@Controller('v1/mounts')
export class InstallAssetController {
  constructor(private readonly commands: CommandBus) {}

  @Put(':id/installed-asset')
  @HttpCode(204)
  @Access('command')
  @ApiOperation({
    summary:
      'Install an Active asset in an empty mount; the asset the mount already holds again → 204, nothing changes. Errors, in this order: MountNotFound 404, AssetNotFound 404, AssetNotInstallable 409 (not Active), AssetAlreadyInstalledElsewhere 409, MountAlreadyOccupied 409',
  })
  @ZodResponse(204, null, 'Installed (or it already was)')
  @ApiProblems({
    404: ['MountNotFound', 'AssetNotFound'],
    409: ['AssetNotInstallable', 'AssetAlreadyInstalledElsewhere', 'MountAlreadyOccupied'],
  })
  async install(
    @UuidParam('id') mountId: string,
    @ZodBody(installAssetBody) body: InstallAssetBody,
    @Meta() meta: CommandMeta,
  ): Promise<void> {
    await this.commands.execute(new InstallAssetCommand({ mountId, ...body }, meta));
  }
}
