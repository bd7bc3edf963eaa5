import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CommandMeta, Meta, ZodQuery } from '@custody/platform';
import { ArtifactMetadataView } from '../../aggregates/artifact/artifact.state';
import {
  GetArtifactMetadataInput,
  GetArtifactMetadataQuery,
  getArtifactMetadataInput,
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
  @ApiOkResponse({
    description: '{ artifactUri, sizeBytes, contentType, sha256, createdBy, createdAt }',
    schema: {
      type: 'object',
      required: ['artifactUri', 'sizeBytes', 'contentType', 'sha256', 'createdBy', 'createdAt'],
      properties: {
        artifactUri: { type: 'string' },
        sizeBytes: { type: 'integer', minimum: 0 },
        contentType: { type: 'string' },
        sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' },
        createdBy: { type: 'string', format: 'uuid' },
        createdAt: { type: 'string', format: 'date-time' },
      },
    },
  })
  get(
    @ZodQuery(getArtifactMetadataInput) input: GetArtifactMetadataInput,
    @Meta() meta: CommandMeta,
  ): Promise<ArtifactMetadataView> {
    return this.queries.execute(new GetArtifactMetadataQuery(input, meta));
  }
}
