import { Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, ApiProblems, CommandMeta, Meta, UuidParam, ZodBody, ZodResponse } from '@custody/platform';
import {
  LinkLineageArtifactsCommand,
  LinkLineageArtifactsInput,
  linkLineageArtifactsInput,
  linkLineageArtifactsOutput,
} from './link-lineage-artifacts.command';

@ApiTags('lineage')
@Controller('v1/lineage/sessions/:sessionId/links')
export class LinkLineageArtifactsController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(200)
  @Access('worker')
  @ApiOperation({
    summary: 'Link staged jobs to registered artifacts (all or nothing)',
    description:
      'Up to 10,000 links per request (bodies up to 16 MiB), 100,000 per session. `direction` input: the job ' +
      'read the artifact; output: it wrote it. An unregistered hash is 404 LineageArtifactNotRegistered naming ' +
      'it, a job the session has not staged 404 LineageJobNotFound; either way nothing of the batch is linked.',
  })
  @ZodResponse(200, linkLineageArtifactsOutput, '{ linked }')
  @ApiProblems({
    400: ['ValidationFailed'],
    404: ['LineageArtifactNotRegistered', 'LineageJobNotFound', 'LineageSessionNotFound'],
    409: ['LineageSessionClosed', 'LineageSessionFull'],
    413: ['PayloadTooLarge'],
  })
  link(
    @UuidParam('sessionId') sessionId: string,
    @ZodBody(linkLineageArtifactsInput) body: LinkLineageArtifactsInput,
    @Meta() meta: CommandMeta,
  ) {
    return this.commands.execute(new LinkLineageArtifactsCommand(sessionId, body, meta));
  }
}
