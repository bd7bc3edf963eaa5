import { Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CommandMeta, Meta, UuidParam, ZodBody, ApiProblems, ZodResponse } from '@custody/platform';
import { z } from 'zod';
import { MarkDistributionStaleCommand, markDistributionStaleBody } from './mark-distribution-stale.command';

@ApiTags('data')
@Controller('v1/distributions')
export class MarkDistributionStaleController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/mark-stale')
  @HttpCode(204)
  @Access('command')
  @ApiOperation({
    summary:
      'Mark a copy Stale with a reason. Errors: DistributionNotFound 404, DistributionDiscarded 409 (discarded is final)',
    description:
      'A copy already Stale answers 204 and changes nothing. A later Match attestation makes it Verified again.',
  })
  @ZodResponse(204, null, 'Stale (or it already was)')
  @ApiProblems({ 404: ['DistributionNotFound'], 409: ['DistributionDiscarded'] })
  async markStale(
    @UuidParam('id') distributionId: string,
    @ZodBody(markDistributionStaleBody) body: z.output<typeof markDistributionStaleBody>,
    @Meta() meta: CommandMeta,
  ): Promise<void> {
    await this.commands.execute(new MarkDistributionStaleCommand({ distributionId, reason: body.reason }, meta));
  }
}
