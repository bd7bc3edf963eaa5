import { Controller, Delete, HttpCode } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CommandMeta, Meta, UuidParam, ApiProblems, ZodResponse } from '@custody/platform';
import { UninstallAssetCommand } from './uninstall-asset.command';

@ApiTags('equipment')
@Controller('v1/mounts')
export class UninstallAssetController {
  constructor(private readonly commands: CommandBus) {}

  @Delete(':id/installed-asset')
  @HttpCode(204)
  @Access('command')
  @ApiOperation({
    summary:
      'Take the installed asset out of the mount. Errors, in this order: MountNotFound 404, MountIsEmpty 409, MountHasFixtureBoundAsset 409 (the asset is attached to a fixture)',
  })
  @ZodResponse(204, null, 'The mount is empty again')
  @ApiProblems({ 404: ['MountNotFound'], 409: ['MountIsEmpty', 'MountHasFixtureBoundAsset'] })
  async uninstall(@UuidParam('id') mountId: string, @Meta() meta: CommandMeta): Promise<void> {
    await this.commands.execute(new UninstallAssetCommand({ mountId }, meta));
  }
}
