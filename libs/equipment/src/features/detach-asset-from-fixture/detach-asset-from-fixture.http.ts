import { Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CommandMeta, Meta, UuidParam, ZodBody, ApiProblems, ZodResponse } from '@custody/platform';
import {
  DetachAssetFromFixtureBody,
  DetachAssetFromFixtureCommand,
  detachAssetFromFixtureBody,
} from './detach-asset-from-fixture.command';

@ApiTags('equipment')
@Controller('v1/assets')
export class DetachAssetFromFixtureController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/detach-from-fixture')
  @HttpCode(204)
  @Access('command')
  @ApiOperation({
    summary:
      'Detach an asset from the fixture it is attached to (it stays bound in the fixture’s slots and can be attached again). ' +
      'Errors, in this order: AssetNotFound 404, FixtureNotFound 404, AssetNotAttachedToFixture 409 (attached to none), ' +
      'AssetAttachedToDifferentFixture 409',
  })
  @ZodResponse(204, null, 'Detached')
  @ApiProblems({
    404: ['AssetNotFound', 'FixtureNotFound'],
    409: ['AssetNotAttachedToFixture', 'AssetAttachedToDifferentFixture'],
  })
  async detach(
    @UuidParam('id') assetId: string,
    @ZodBody(detachAssetFromFixtureBody) body: DetachAssetFromFixtureBody,
    @Meta() meta: CommandMeta,
  ): Promise<void> {
    await this.commands.execute(new DetachAssetFromFixtureCommand({ assetId, fixtureId: body.fixtureId }, meta));
  }
}
