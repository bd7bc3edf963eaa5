import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import {
  AggregateRepository,
  CUSTODY_CONFIG,
  CommandMeta,
  CustodyConfig,
  IdempotencyStore,
  authorize,
  canonicalJson,
} from '@custody/platform';
import { artifactUriOf } from '../../aggregates/artifact/artifact-id';
import { ARTIFACT_STREAM } from '../../aggregates/artifact/artifact.events';
import { ARTIFACT_BACKEND, ArtifactBackend } from '../../backend/artifact-backend';
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
 * Not a bus command: its input is a live stream that only HTTP carries (bytes stay off MCP).
 */
@Injectable()
export class ArtifactDepositor {
  constructor(
    @Inject(ARTIFACT_BACKEND) private readonly backend: ArtifactBackend,
    private readonly aggregates: AggregateRepository,
    @Inject(CUSTODY_CONFIG) private readonly config: CustodyConfig,
    private readonly idempotency: IdempotencyStore,
  ) {}

  async deposit(req: IncomingMessage, meta: CommandMeta): Promise<DepositReceipt> {
    authorize(meta, 'worker');
    const artifactId = randomBytes(16).toString('hex');
    const received = await receiveSingleFile(req, this.config.maxArtifactBytes, ({ stream }) =>
      this.backend.put(artifactId, stream),
    );
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
