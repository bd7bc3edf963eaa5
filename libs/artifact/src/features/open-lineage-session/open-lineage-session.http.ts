import { Controller, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, ApiProblems, CommandMeta, Meta, ZodBody, ZodResponse } from '@custody/platform';
import type { Response } from 'express';
import {
  OpenLineageSessionCommand,
  OpenLineageSessionInput,
  openLineageSessionInput,
  openLineageSessionOutput,
} from './open-lineage-session.command';

@ApiTags('lineage')
@Controller('v1/lineage/sessions')
export class OpenLineageSessionController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @Access('worker')
  @ApiOperation({
    summary: 'Open a lineage registration session (or resume it by clientSessionId)',
    description:
      'A traced pipeline registers its lineage in one session: jobs, then artifacts (with their real hashes and ' +
      'size), then links, then finalize. The same `clientSessionId` again (same principal) answers 200 with ' +
      '`created: false` and the session’s status.',
  })
  @ZodResponse(201, openLineageSessionOutput, '{ sessionId, created: true, status: "open" }')
  @ZodResponse(200, openLineageSessionOutput, 'the session opened before under this clientSessionId, created: false')
  @ApiProblems({ 400: ['ValidationFailed'] })
  async open(
    @ZodBody(openLineageSessionInput) body: OpenLineageSessionInput,
    @Meta() meta: CommandMeta,
    @Res({ passthrough: true }) res: Response,
  ) {
    const result = await this.commands.execute(new OpenLineageSessionCommand(body, meta));
    res.status(result.created ? 201 : 200);
    return result;
  }
}
