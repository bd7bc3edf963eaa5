import { Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, ApiProblems, CommandMeta, Meta, UuidParam, ZodBody, ZodResponse } from '@custody/platform';
import {
  FinalizeLineageSessionCommand,
  FinalizeLineageSessionInput,
  finalizeLineageSessionInput,
  finalizeLineageSessionOutput,
} from './finalize-lineage-session.command';

@ApiTags('lineage')
@Controller('v1/lineage/sessions/:sessionId/finalize')
export class FinalizeLineageSessionController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(200)
  @Access('worker')
  @ApiOperation({
    summary: 'Finalize a lineage session: check the counts and seal it under its lineageHash',
    description:
      '`expected` must match the staged jobs, input links and output links (409 LineageCountsMismatch, the ' +
      'session stays open). A job another session finalized first is 409 LineageJobConflict. The lineageHash is ' +
      'the SHA-256 (hex) of a canonical rendering: one line per item, `"git" repo commit branch`, `"job" jobUid ' +
      'command stepNumber startedAt durationSeconds exitCode runId`, `"artifact" hashes size sourceType ' +
      'sourceUrl` (hashes `alg:digest` in the order sha256, blake3, md5, joined by `,`), `"link" jobUid ' +
      'direction artifact path` (artifact: its preferred `alg:digest`); each field a JSON literal with non-ASCII ' +
      'escaped (absent: null), separated by a tab, each line ending in a newline; the lines sorted and ' +
      'concatenated. The same content in any order gives the same hash. Finalizing again answers the same.',
  })
  @ZodResponse(200, finalizeLineageSessionOutput, '{ sessionId, status: "closed", lineageHash }')
  @ApiProblems({
    400: ['ValidationFailed'],
    404: ['LineageSessionNotFound'],
    409: ['LineageCountsMismatch', 'LineageJobConflict'],
  })
  finalize(
    @UuidParam('sessionId') sessionId: string,
    @ZodBody(finalizeLineageSessionInput) body: FinalizeLineageSessionInput,
    @Meta() meta: CommandMeta,
  ) {
    return this.commands.execute(new FinalizeLineageSessionCommand(sessionId, body, meta));
  }
}
