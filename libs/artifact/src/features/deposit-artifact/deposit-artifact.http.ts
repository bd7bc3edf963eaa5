import { Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import {
  Access,
  ApiProblems,
  CommandMeta,
  Meta,
  StreamedBody,
  ZodResponse,
  closeAfterEarlyAnswer,
} from '@custody/platform';
import { depositArtifactOutput } from './deposit-artifact.command';
import { ArtifactDepositor, DepositReceipt } from './deposit-artifact.depositor';

/** An upload that sends nothing for this long is dropped (there is no limit on how long a moving one takes). */
const STALLED_UPLOAD_MS = 120_000;

@ApiTags('artifact')
@Controller('v1/artifacts')
export class DepositArtifactController {
  constructor(private readonly depositor: ArtifactDepositor) {}

  @Post()
  @HttpCode(201)
  @Access('worker')
  @StreamedBody()
  @ApiOperation({
    summary: 'Deposit an artifact (multipart/form-data, exactly one file part named "file")',
    description:
      'Streams the part into the artifact store (never buffered whole), computing its SHA-256 on the way, and ' +
      'records it once the bytes are durable. Answers exactly { artifactUri, sizeBytes, contentType, sha256 }; ' +
      '`artifactUri` (`custody://artifacts/<32 hex>`) is fresh for every deposit, so depositing the same bytes ' +
      'twice gives two URIs, and nothing ever overwrites stored bytes. `contentType` is the part’s own ' +
      '`type/subtype` (lowercased, parameters such as charset dropped), or `application/octet-stream` when it ' +
      'has none or a malformed one; the file name is not kept. The part must be a file part (a `filename` in its ' +
      'Content-Disposition, or the type application/octet-stream). Errors: 400 ValidationFailed (not multipart, ' +
      'no boundary, no part, several parts, a stray field, a wrong part name, a malformed or truncated body); ' +
      '413 PayloadTooLarge over CUSTODY_MAX_ARTIFACT_BYTES, refused while streaming (reading stops, nothing is ' +
      'kept; the connection is closed shortly after the answer). An upload may take as long as it needs but is ' +
      'dropped after 2 minutes without a byte. With Idempotency-Key, a retry with the same content (sha256, size, ' +
      'type) answers the first deposit again and keeps nothing new; other content under the same key is 422 ' +
      'IdempotencyKeyReused.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      additionalProperties: false,
      properties: { file: { type: 'string', format: 'binary', description: 'The artifact’s bytes' } },
    },
  })
  @ZodResponse(201, depositArtifactOutput, 'The artifact was stored: { artifactUri, sizeBytes, contentType, sha256 }')
  @ApiProblems({ 400: ['ValidationFailed'], 413: ['PayloadTooLarge'] })
  async deposit(
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
    @Meta() meta: CommandMeta,
  ): Promise<DepositReceipt> {
    req.setTimeout(STALLED_UPLOAD_MS, () => req.socket?.destroy());
    try {
      return await this.depositor.deposit(req, meta);
    } catch (error) {
      // The rest of the body is never read: the answer says Connection: close, and the socket closes after it.
      closeAfterEarlyAnswer(req, res);
      throw error;
    }
  }
}
