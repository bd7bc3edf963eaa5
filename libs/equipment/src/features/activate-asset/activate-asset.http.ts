import { Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CommandMeta, Meta, UuidParam, ApiProblems, ZodResponse } from '@custody/platform';
import { ActivateAssetCommand } from './activate-asset.command';

@ApiTags('equipment')
@Controller('v1/assets')
export class ActivateAssetController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/activate')
  @HttpCode(204)
  @Access('command')
  @ApiOperation({ summary: 'Commissioned → Active. Errors: AssetNotFound 404, AssetCannotActivate 409' })
  @ZodResponse(204, null, 'Commissioned → Active')
  @ApiProblems({ 404: ['AssetNotFound'], 409: ['AssetCannotActivate'] })
  async activate(@UuidParam('id') assetId: string, @Meta() meta: CommandMeta): Promise<void> {
    await this.commands.execute(new ActivateAssetCommand({ assetId }, meta));
  }
}
