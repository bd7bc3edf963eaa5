import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, ApiProblems, CommandMeta, Meta, ZodQuery, ZodResponse } from '@custody/platform';
import { ArtifactMetadataView } from '../../aggregates/artifact/artifact.state';
import {
  GetArtifactMetadataInput,
  GetArtifactMetadataQuery,
  getArtifactMetadataInput,
  getArtifactMetadataOutput,
} from './get-artifact-metadata.query';

@ApiTags('artifact')
@Controller('v1/artifacts/metadata')
export class GetArtifactMetadataController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Access('read')
  @ApiOperation({
    summary: 'Read what custody recorded about an artifact',
    description:
      '{ artifactUri, sizeBytes, contentType, sha256, createdBy, createdAt }. Same rule as the fetch: the ' +
      'depositor, an admin or a member of the group `admins`. Errors: 400 ValidationFailed (no uri), ' +
      '404 ArtifactNotFound (unknown, malformed or foreign URI), 403 Forbidden.',
  })
  @ZodResponse(200, getArtifactMetadataOutput, 'What custody recorded about the artifact')
  @ApiProblems({ 400: ['ValidationFailed'], 403: ['Forbidden'], 404: ['ArtifactNotFound'] })
  get(
    @ZodQuery(getArtifactMetadataInput) input: GetArtifactMetadataInput,
    @Meta() meta: CommandMeta,
  ): Promise<ArtifactMetadataView> {
    return this.queries.execute(new GetArtifactMetadataQuery(input, meta));
  }
}
