import { Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CommandMeta, Meta, UuidParam, ApiProblems, ZodResponse } from '@custody/platform';
import { DiscardDatasetCommand } from './discard-dataset.command';

@ApiTags('data')
@Controller('v1/datasets')
export class DiscardDatasetController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/discard')
  @HttpCode(204)
  @Access('command')
  @ApiOperation({
    summary: 'Active → Discarded. Errors: DatasetNotFound 404, DatasetCannotDiscard 409 (already discarded)',
    description:
      'A discarded dataset takes no new distributions (DatasetDiscarded 409), and its copies may then all be ' +
      'discarded: the last-Verified-copy guard protects only datasets still kept.',
  })
  @ZodResponse(204, null, 'Discarded')
  @ApiProblems({ 404: ['DatasetNotFound'], 409: ['DatasetCannotDiscard'] })
  async discard(@UuidParam('id') datasetId: string, @Meta() meta: CommandMeta): Promise<void> {
    await this.commands.execute(new DiscardDatasetCommand({ datasetId }, meta));
  }
}
