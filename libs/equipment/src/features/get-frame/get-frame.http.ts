import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CommandMeta, Meta, UuidParam, ApiProblems, ZodResponse } from '@custody/platform';
import { FrameView } from '../../aggregates/frame/frame.state';
import { GetFrameQuery, getFrameOutput } from './get-frame.query';

@ApiTags('equipment')
@Controller('v1/frames')
export class GetFrameController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id')
  @Access('read')
  @ApiOperation({
    summary:
      'Read a frame: { frameId, name, mounts: [{ mountId, slotCode, assetId }] (in the order they were added), version }. Errors: FrameNotFound 404',
  })
  @ZodResponse(200, getFrameOutput, 'The frame and its mounts')
  @ApiProblems({ 404: ['FrameNotFound'] })
  get(@UuidParam('id') frameId: string, @Meta() meta: CommandMeta): Promise<FrameView> {
    return this.queries.execute(new GetFrameQuery({ frameId }, meta));
  }
}
