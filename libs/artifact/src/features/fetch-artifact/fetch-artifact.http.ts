import { Controller, Get, Inject, Logger, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { OutgoingHttpHeaders } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { isDomainError } from '@custody/kernel';
import {
  Access,
  AggregateRepository,
  CommandMeta,
  Meta,
  PlatformMetrics,
  PROBLEM_CONTENT_TYPE,
  ZodQuery,
  ApiProblems,
  problemResponseOf,
  authorize,
  isAdminClass,
  problem,
} from '@custody/platform';
import { z } from 'zod';
import { artifactIdOrNotFound, readableArtifact } from '../../aggregates/artifact/artifact.access';
import { evolveArtifact } from '../../aggregates/artifact/artifact.evolve';
import { initialArtifactState } from '../../aggregates/artifact/artifact.state';
import { ARTIFACT_BACKEND, ArtifactBackend } from '../../backend/artifact-backend';
import { decideRange, ifNoneMatchHits } from './fetch-artifact.range';

export const fetchArtifactInput = z.strictObject({
  uri: z.string().min(1).max(2048).describe('The artifact URI, custody://artifacts/<32 hex>'),
});
export type FetchArtifactInput = z.output<typeof fetchArtifactInput>;

/**
 * The bytes of an artifact, over HTTP only. Headers are written as they are (not through Express's helpers,
 * which would add a charset to text types): the Content-Type is exactly the one recorded.
 */
@ApiTags('artifact')
@Controller('v1/artifacts')
export class FetchArtifactController {
  private readonly logger = new Logger('artifacts');

  constructor(
    private readonly aggregates: AggregateRepository,
    @Inject(ARTIFACT_BACKEND) private readonly backend: ArtifactBackend,
    private readonly metrics: PlatformMetrics,
  ) {}

  @Get()
  @Access('read')
  @ApiOperation({
    summary: 'Fetch the bytes of an artifact',
    description:
      'Only the depositor, an admin or a member of the group `admins` may fetch. 200 with the exact bytes, ' +
      '`Content-Type` exactly as recorded (no charset added), `Content-Disposition: attachment; ' +
      'filename="<32 hex id>"`, `X-Content-Type-Options: nosniff`, `ETag` (the quoted SHA-256), ' +
      '`Accept-Ranges: bytes`, `Cache-Control: private, no-cache`. One `Range: bytes=a-b` (or `a-`, `-n`) → 206 ' +
      'with `Content-Range`; a range past the end → 416 RangeNotSatisfiable; several ranges or a malformed Range ' +
      'are ignored (200). `If-Range` and `If-None-Match` (→ 304) use the ETag. HEAD answers the headers. ' +
      'Errors: 400 ValidationFailed (no uri), 404 ArtifactNotFound (unknown, malformed or foreign URI), 403 Forbidden.',
  })
  @ApiProduces('application/octet-stream')
  @ApiResponse({
    status: 200,
    description: 'The bytes',
    content: { '*/*': { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiResponse({
    status: 206,
    description: 'The requested range of the bytes',
    content: { '*/*': { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiResponse({ status: 304, description: 'If-None-Match matched the ETag' })
  @ApiResponse({ status: 416, ...problemResponseOf(['RangeNotSatisfiable']) })
  @ApiProblems({ 400: ['ValidationFailed'], 403: ['Forbidden'], 404: ['ArtifactNotFound'] })
  async fetch(
    @ZodQuery(fetchArtifactInput) input: FetchArtifactInput,
    @Req() req: Request,
    @Res() res: Response,
    @Meta() meta: CommandMeta,
  ): Promise<void> {
    authorize(meta, 'read');
    const id = artifactIdOrNotFound(input.uri);
    const { state } = await this.aggregates.load({ evolve: evolveArtifact, initialState: initialArtifactState }, id);
    const artifact = readableArtifact(state, input.uri, {
      principalId: meta.principal.principalId,
      adminClass: isAdminClass(meta.principal),
    });
    const etag = `"${artifact.sha256}"`;
    const common: OutgoingHttpHeaders = {
      etag,
      'cache-control': 'private, no-cache',
      'x-content-type-options': 'nosniff',
    };
    if (ifNoneMatchHits(req.headers['if-none-match'], etag)) {
      res.writeHead(304, common).end();
      return;
    }
    const decision = decideRange(
      req.headers.range,
      typeof req.headers['if-range'] === 'string' ? req.headers['if-range'] : undefined,
      etag,
      artifact.sizeBytes,
    );
    if (decision.kind === 'unsatisfiable') {
      const body = JSON.stringify(
        problem(
          416,
          'RangeNotSatisfiable',
          `The artifact holds ${artifact.sizeBytes} bytes; that range lies beyond them.`,
        ),
      );
      res
        .writeHead(416, {
          ...common,
          'content-range': `bytes */${artifact.sizeBytes}`,
          'content-type': PROBLEM_CONTENT_TYPE,
          'content-length': Buffer.byteLength(body),
        })
        .end(body);
      return;
    }
    const range = decision.kind === 'partial' ? { start: decision.start, end: decision.end } : undefined;
    let bytes;
    try {
      bytes = await this.backend.get(id, range);
    } catch (error) {
      if (isDomainError(error) && error.code === 'ArtifactBlobNotFound') {
        // A record is written only after its bytes are durable: bytes missing now is a fault of the store.
        throw new Error(`Artifact ${id} is recorded but its bytes are gone from the ${this.backend.kind} store.`);
      }
      throw error;
    }
    res.writeHead(range ? 206 : 200, {
      ...common,
      'content-type': artifact.contentType,
      'content-length': range ? range.end - range.start + 1 : artifact.sizeBytes,
      'content-disposition': `attachment; filename="${id}"`,
      'content-security-policy': "default-src 'none'; sandbox",
      'accept-ranges': 'bytes',
      ...(range ? { 'content-range': `bytes ${range.start}-${range.end}/${artifact.sizeBytes}` } : {}),
    });
    if (req.method === 'HEAD') {
      bytes.destroy();
      res.end();
      return;
    }
    try {
      await pipeline(bytes, res);
      this.metrics.artifactBytes.inc(
        { direction: 'fetched' },
        range ? range.end - range.start + 1 : artifact.sizeBytes,
      );
    } catch (error) {
      // The answer had begun: a client that went away, or a store failing midway, cuts it short.
      if (!res.destroyed) res.destroy();
      if (!req.destroyed && !(error as { code?: string }).code?.startsWith('ERR_STREAM_PREMATURE_CLOSE')) {
        this.logger.warn(`Fetch of artifact ${id} cut short: ${(error as Error).message}`);
      }
    }
  }
}
