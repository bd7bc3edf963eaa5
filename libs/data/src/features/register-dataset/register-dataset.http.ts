import { Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CommandMeta, Meta, ZodBody, ZodResponse } from '@custody/platform';
import {
  RegisterDatasetCommand,
  RegisterDatasetInput,
  registerDatasetInput,
  registerDatasetOutput,
} from './register-dataset.command';

@ApiTags('data')
@Controller('v1/datasets')
export class RegisterDatasetController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @Access('command')
  @ApiOperation({
    summary: 'Register a dataset by its checksum (sha256 or sha256-tree) and size; it starts Active with no copies',
    description:
      '`collectedBy` names the equipment asset and/or fixture that collected it (kept as given). Checksum values are ' +
      'stored in lower case.',
  })
  @ZodResponse(201, registerDatasetOutput, 'The dataset was registered, Active')
  register(@ZodBody(registerDatasetInput) body: RegisterDatasetInput, @Meta() meta: CommandMeta) {
    return this.commands.execute(new RegisterDatasetCommand(body, meta));
  }
}
