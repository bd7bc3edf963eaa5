import { Controller, HttpCode, Patch } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CommandMeta, Meta, UuidParam, ZodBody, ApiProblems, ZodResponse } from '@custody/platform';
import { z } from 'zod';
import { UpdateTierReachabilityCommand, updateTierReachabilityBody } from './update-tier-reachability.command';

@ApiTags('data')
@Controller('v1/tiers')
export class UpdateTierReachabilityController {
  constructor(private readonly commands: CommandBus) {}

  @Patch(':id')
  @HttpCode(204)
  @Access('admin')
  @ApiOperation({
    summary:
      'Mark a tier reachable or unreachable (copies on an unreachable tier attest Unreachable). Errors: TierNotFound 404',
  })
  @ZodResponse(204, null, 'Reachability set')
  @ApiProblems({ 404: ['TierNotFound'] })
  async update(
    @UuidParam('id') tierId: string,
    @ZodBody(updateTierReachabilityBody) body: z.output<typeof updateTierReachabilityBody>,
    @Meta() meta: CommandMeta,
  ): Promise<void> {
    await this.commands.execute(new UpdateTierReachabilityCommand({ tierId, reachable: body.reachable }, meta));
  }
}
