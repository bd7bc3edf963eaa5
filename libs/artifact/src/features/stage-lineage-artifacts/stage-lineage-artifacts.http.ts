import { Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, ApiProblems, CommandMeta, Meta, UuidParam, ZodBody, ZodResponse } from '@custody/platform';
import {
  StageLineageArtifactsCommand,
  StageLineageArtifactsInput,
  stageLineageArtifactsInput,
  stageLineageArtifactsOutput,
} from './stage-lineage-artifacts.command';

@ApiTags('lineage')
@Controller('v1/lineage/sessions/:sessionId/artifacts')
export class StageLineageArtifactsController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(200)
  @Access('worker')
  @ApiOperation({
    summary: 'Register a batch of artifacts (real hashes and size) in a lineage session',
    description:
      'Up to 10,000 artifacts per request (bodies up to 16 MiB). Each has one to three hashes (sha256 and ' +
      'blake3: 64 hex digits, md5: 32), `size ≥ 0` and a `sourceType` (file, s3, gs, https, custody, none). A ' +
      'hash already known names that artifact (`existing`) and must agree on size; a `custody://` source must ' +
      'equal its deposit. Only registered artifacts can be linked: nothing ever comes into being by a link.',
  })
  @ZodResponse(200, stageLineageArtifactsOutput, '{ created, existing }')
  @ApiProblems({
    400: ['ValidationFailed'],
    404: ['LineageSessionNotFound', 'ArtifactNotFound'],
    409: ['LineageArtifactMismatch', 'LineageSessionClosed'],
    413: ['PayloadTooLarge'],
  })
  stage(
    @UuidParam('sessionId') sessionId: string,
    @ZodBody(stageLineageArtifactsInput) body: StageLineageArtifactsInput,
    @Meta() meta: CommandMeta,
  ) {
    return this.commands.execute(new StageLineageArtifactsCommand(sessionId, body, meta));
  }
}
