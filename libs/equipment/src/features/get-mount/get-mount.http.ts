import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CommandMeta, Meta, UuidParam, ApiProblems, ZodResponse } from '@custody/platform';
import { MountView } from '../../aggregates/mount/mount.state';
import { GetMountQuery, getMountOutput } from './get-mount.query';

@ApiTags('equipment')
@Controller('v1/mounts')
export class GetMountController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id')
  @Access('read')
  @ApiOperation({
    summary:
      'Read a mount: { mountId, frameId, slotCode, assetId (null when empty), version }. Errors: MountNotFound 404',
  })
  @ZodResponse(200, getMountOutput, 'The mount')
  @ApiProblems({ 404: ['MountNotFound'] })
  get(@UuidParam('id') mountId: string, @Meta() meta: CommandMeta): Promise<MountView> {
    return this.queries.execute(new GetMountQuery({ mountId }, meta));
  }
}
