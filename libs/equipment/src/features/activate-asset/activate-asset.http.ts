import { Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CommandMeta, Meta, UuidParam } from '@custody/platform';
import { ActivateAssetCommand } from './activate-asset.command';

@ApiTags('equipment')
@Controller('v1/assets')
export class ActivateAssetController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/activate')
  @HttpCode(204)
  @Access('command')
  @ApiOperation({ summary: 'Commissioned → Active. Errors: AssetNotFound 404, AssetCannotActivate 409' })
  @ApiNoContentResponse()
  async activate(@UuidParam('id') assetId: string, @Meta() meta: CommandMeta): Promise<void> {
    await this.commands.execute(new ActivateAssetCommand({ assetId }, meta));
  }
}
