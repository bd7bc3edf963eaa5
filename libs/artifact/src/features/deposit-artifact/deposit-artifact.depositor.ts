import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import {
  AggregateRepository,
  CUSTODY_CONFIG,
  CommandMeta,
  CustodyConfig,
  IdempotencyStore,
  PlatformMetrics,
  authorize,
  canonicalJson,
} from '@custody/platform';
import { artifactUriOf } from '../../aggregates/artifact/artifact-id';
import { ARTIFACT_STREAM } from '../../aggregates/artifact/artifact.events';
import { MCP_MAX_ARTIFACT_BYTES } from '../../aggregates/artifact/artifact-limits';
import { artifactTooLarge } from '../../aggregates/artifact/artifact.errors';
import { sanitizeContentType } from '../../aggregates/artifact/content-type';
import { ARTIFACT_BACKEND, ArtifactBackend, StoredBlob } from '../../backend/artifact-backend';
import { depositArtifactDecider } from './deposit-artifact.decider';
import { receiveSingleFile } from './deposit-artifact.multipart';

/** What `POST /v1/artifacts` answers, and nothing more. */
export interface DepositReceipt {
  readonly artifactUri: string;
  readonly sizeBytes: number;
  readonly contentType: string;
  readonly sha256: string;
}

/**
 * A deposit: the bytes stream from the request into the backend under a fresh random id (128 bits, so URIs are
 * unguessable and two deposits of the same bytes get two URIs); once the backend holds them durably, the
 * artifact's record is appended. A failure before that leaves nothing; a failure of the record leaves bytes
 * nobody can name (garbage for a later collection, never a record without bytes).
 *
 * Not a bus command: its input is a live stream (HTTP) or bytes already in memory (MCP, capped at 16 MiB).
 */
@Injectable()
export class ArtifactDepositor {
  constructor(
    @Inject(ARTIFACT_BACKEND) private readonly backend: ArtifactBackend,
    private readonly aggregates: AggregateRepository,
    @Inject(CUSTODY_CONFIG) private readonly config: CustodyConfig,
    private readonly idempotency: IdempotencyStore,
    private readonly metrics: PlatformMetrics,
  ) {}

  async deposit(req: IncomingMessage, meta: CommandMeta): Promise<DepositReceipt> {
    authorize(meta, 'worker');
    const artifactId = randomBytes(16).toString('hex');
    const received = await receiveSingleFile(req, this.config.maxArtifactBytes, ({ stream }) =>
      this.backend.put(artifactId, stream),
    );
    return this.record(artifactId, received, meta);
  }

  /**
   * A deposit whose bytes arrived whole (MCP's base64 `content`, at most MCP_MAX_ARTIFACT_BYTES): the same
   * record, cap and rules as the streamed one.
   */
  async depositBytes(content: Buffer, contentType: string, meta: CommandMeta): Promise<DepositReceipt> {
    authorize(meta, 'worker');
    const cap = Math.min(this.config.maxArtifactBytes, MCP_MAX_ARTIFACT_BYTES);
    if (content.length > cap) throw artifactTooLarge(cap);
    const artifactId = randomBytes(16).toString('hex');
    const stored = await this.backend.put(artifactId, Readable.from([content]));
    const received = {
      stored,
      sizeBytes: content.length,
      sha256: createHash('sha256').update(content).digest('hex'),
      contentType: sanitizeContentType(contentType),
    };
    return this.record(artifactId, received, meta);
  }

  private async record(
    artifactId: string,
    received: { stored: StoredBlob; sizeBytes: number; sha256: string; contentType: string },
    meta: CommandMeta,
  ): Promise<DepositReceipt> {
    if (received.stored.sizeBytes !== received.sizeBytes) {
      throw new Error(
        `The ${this.backend.kind} store kept ${received.stored.sizeBytes} bytes of ${received.sizeBytes} for ${artifactId}.`,
      );
    }
    const receipt: DepositReceipt = {
      artifactUri: artifactUriOf(artifactId),
      sizeBytes: received.sizeBytes,
      contentType: received.contentType,
      sha256: received.sha256,
    };
    const record = async () => {
      await this.aggregates.execute({
        decider: depositArtifactDecider,
        streamType: ARTIFACT_STREAM,
        streamId: artifactId,
        command: {
          artifactId,
          sizeBytes: received.sizeBytes,
          contentType: received.contentType,
          sha256: received.sha256,
          createdBy: meta.principal.principalId,
        },
        meta,
      });
      this.metrics.artifactBytes.inc({ direction: 'deposited' }, received.sizeBytes);
      return receipt;
    };
    if (!meta.idempotencyKey) return record();
    // A retried deposit is known to be the same request only once its bytes are read: same content, same answer
    // (and the bytes this retry stored are removed).
    const requestHash = createHash('sha256')
      .update(
        `POST /v1/artifacts\n${canonicalJson({ sha256: received.sha256, sizeBytes: received.sizeBytes, contentType: received.contentType })}`,
      )
      .digest('hex');
    return this.idempotency.afterReading(
      meta.principal.principalId,
      meta.idempotencyKey,
      requestHash,
      record,
      async () => {
        await this.backend.delete(artifactId);
      },
    );
  }
}
