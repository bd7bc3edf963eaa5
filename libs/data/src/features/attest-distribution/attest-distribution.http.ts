import { Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CommandMeta, Meta, UuidParam, ZodBody, ApiProblems, ZodResponse } from '@custody/platform';
import { z } from 'zod';
import {
  AttestDistributionCommand,
  AttestationResult,
  attestDistributionBody,
  attestDistributionOutput,
} from './attest-distribution.command';

@ApiTags('data')
@Controller('v1/distributions')
export class AttestDistributionController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/attestations')
  @Access('worker')
  @ApiOperation({
    summary:
      'Attest a copy: Match → Verified, Mismatch → Stale, Unreachable changes nothing. Errors: DistributionNotFound 404, DistributionDiscarded 409, AttestationAlgorithmMismatch 400',
    description:
      'With `{}` (operator or admin) the server reads the bytes through the tier’s protocol: `file` (streamed sha256, ' +
      'or sha256-tree of a directory) and `https` (streamed GET; sha256 only). A missing file, an unreachable tier, a ' +
      'timeout, or a path or link inside a tree resolving outside the tier root (never read) is Unreachable. `s3` and ' +
      '`globus` copies are Unreachable from the server for now. With `{ observed }` (worker or above) the server ' +
      'records what an edge host measured; its algorithm must be the copy’s.',
  })
  @ZodResponse(201, attestDistributionOutput, 'The attestation and its outcome')
  @ApiProblems({
    400: ['ValidationFailed', 'AttestationAlgorithmMismatch'],
    404: ['DistributionNotFound'],
    409: ['DistributionDiscarded'],
  })
  attest(
    @UuidParam('id') distributionId: string,
    @ZodBody(attestDistributionBody) body: z.output<typeof attestDistributionBody>,
    @Meta() meta: CommandMeta,
  ): Promise<AttestationResult> {
    return this.commands.execute(new AttestDistributionCommand({ distributionId, ...body }, meta));
  }
}
