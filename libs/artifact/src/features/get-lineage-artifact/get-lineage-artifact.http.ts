import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Access, ApiProblems, CommandMeta, Meta, ZodResponse, parseInput } from '@custody/platform';
import {
  GetLineageArtifactQuery,
  getLineageArtifactInput,
  getLineageArtifactOutput,
} from './get-lineage-artifact.query';

@ApiTags('lineage')
@Controller('v1/lineage/artifacts')
export class GetLineageArtifactController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':hash')
  @Access('read')
  @ApiOperation({
    summary: 'Read a lineage artifact by one of its hashes, with the jobs that produced and consumed it',
    description:
      'The path is `<algorithm>:<digest>` (sha256, blake3 or md5), e.g. `/v1/lineage/artifacts/sha256:9f86…`.',
  })
  @ApiParam({ name: 'hash', schema: { type: 'string', pattern: '^(sha256|blake3|md5):[0-9a-fA-F]+$' } })
  @ZodResponse(200, getLineageArtifactOutput, '{ artifact, producedBy, consumedBy }')
  @ApiProblems({ 400: ['ValidationFailed'], 404: ['LineageArtifactNotFound'] })
  get(@Param('hash') hash: string, @Meta() meta: CommandMeta) {
    return this.queries.execute(new GetLineageArtifactQuery(parseInput(getLineageArtifactInput, { hash }), meta));
  }
}
