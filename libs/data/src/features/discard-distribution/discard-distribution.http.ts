import { Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CommandMeta, Meta, UuidParam, ApiProblems, ZodResponse } from '@custody/platform';
import { DiscardDistributionCommand } from './discard-distribution.command';

@ApiTags('data')
@Controller('v1/distributions')
export class DiscardDistributionController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/discard')
  @HttpCode(204)
  @Access('command')
  @ApiOperation({
    summary:
      'Discard a copy (final). Errors: DistributionNotFound 404, DistributionCannotDiscardLastVerified 409 (the only Verified copy of an Active dataset)',
    description:
      'Discarding a copy that is already discarded answers 204 and changes nothing. Once the dataset itself is ' +
      'discarded, its last Verified copy may go too.',
  })
  @ZodResponse(204, null, 'Discarded (final)')
  @ApiProblems({ 404: ['DistributionNotFound'], 409: ['DistributionCannotDiscardLastVerified'] })
  async discard(@UuidParam('id') distributionId: string, @Meta() meta: CommandMeta): Promise<void> {
    await this.commands.execute(new DiscardDistributionCommand({ distributionId }, meta));
  }
}
