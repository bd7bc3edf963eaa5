import { Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CommandMeta, Meta, ZodBody, ZodResponse } from '@custody/platform';
import {
  RegisterFrameCommand,
  RegisterFrameInput,
  registerFrameInput,
  registerFrameOutput,
} from './register-frame.command';

@ApiTags('equipment')
@Controller('v1/frames')
export class RegisterFrameController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @Access('command')
  @ApiOperation({ summary: 'Register a frame (a table, a rack) that carries mounts; it starts with none' })
  @ZodResponse(201, registerFrameOutput, 'The frame was registered')
  register(@ZodBody(registerFrameInput) body: RegisterFrameInput, @Meta() meta: CommandMeta) {
    return this.commands.execute(new RegisterFrameCommand(body, meta));
  }
}
