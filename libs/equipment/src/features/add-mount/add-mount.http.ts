import { Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CommandMeta, Meta, UuidParam, ZodBody, ApiProblems, ZodResponse } from '@custody/platform';
import { AddMountBody, AddMountCommand, addMountBody, addMountOutput } from './add-mount.command';

@ApiTags('equipment')
@Controller('v1/frames')
export class AddMountController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/mounts')
  @Access('command')
  @ApiOperation({
    summary:
      'Add a mount at a slot of the frame (slot codes are unique per frame, regardless of case). Errors: FrameNotFound 404, MountSlotTaken 409',
  })
  @ZodResponse(201, addMountOutput, 'The mount was added')
  @ApiProblems({ 404: ['FrameNotFound'], 409: ['MountSlotTaken'] })
  add(@UuidParam('id') frameId: string, @ZodBody(addMountBody) body: AddMountBody, @Meta() meta: CommandMeta) {
    return this.commands.execute(new AddMountCommand({ frameId, ...body }, meta));
  }
}
