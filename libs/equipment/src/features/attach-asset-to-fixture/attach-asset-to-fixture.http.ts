import { Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CommandMeta, Meta, UuidParam, ZodBody, ApiProblems, ZodResponse } from '@custody/platform';
import {
  AttachAssetToFixtureBody,
  AttachAssetToFixtureCommand,
  attachAssetToFixtureBody,
} from './attach-asset-to-fixture.command';

@ApiTags('equipment')
@Controller('v1/assets')
export class AttachAssetToFixtureController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/attach-to-fixture')
  @HttpCode(204)
  @Access('command')
  @ApiOperation({
    summary:
      'Attach an asset to a fixture whose slot bindings name it; an asset is attached to one fixture at a time. ' +
      'Errors, in this order: AssetNotFound 404, FixtureNotFound 404, AssetNotBoundInFixture 400, ' +
      'AssetAlreadyAttachedToFixture 409 (to this or another fixture), AssetCannotAttachToFixture 409 (decommissioned)',
  })
  @ZodResponse(204, null, 'Attached')
  @ApiProblems({
    400: ['ValidationFailed', 'AssetNotBoundInFixture'],
    404: ['AssetNotFound', 'FixtureNotFound'],
    409: ['AssetAlreadyAttachedToFixture', 'AssetCannotAttachToFixture'],
  })
  async attach(
    @UuidParam('id') assetId: string,
    @ZodBody(attachAssetToFixtureBody) body: AttachAssetToFixtureBody,
    @Meta() meta: CommandMeta,
  ): Promise<void> {
    await this.commands.execute(new AttachAssetToFixtureCommand({ assetId, fixtureId: body.fixtureId }, meta));
  }
}
