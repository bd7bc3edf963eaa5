import type { Readable } from 'node:stream';
import { DomainError, conflict, invalid, notFound } from '@custody/kernel';
import { isArtifactId } from '../aggregates/artifact/artifact-id';

/** An inclusive byte range `[start, end]` inside a blob, already checked against the blob's size. */
export interface ByteRange {
  readonly start: number;
  readonly end: number;
}

export interface StoredBlob {
  readonly sizeBytes: number;
}

/**
 * Where artifact bytes live. Bytes only: the facts about them (content type, checksum, depositor) are the
 * artifact context's records. Ids are artifact ids (32 lowercase hex digits); anything else is refused before
 * the storage is touched.
 */
export interface ArtifactBackend {
  /** A short name for logs and the health of the store (`file`, `memory`, `s3`). */
  readonly kind: string;
  /**
   * Stores `source` under a new id. Resolves only once the bytes are durable; refuses with ArtifactBlobExists
   * when the id is taken (nothing is ever overwritten). When `source` fails or is destroyed, nothing is stored
   * and the returned promise rejects with that error.
   */
  put(id: string, source: Readable): Promise<StoredBlob>;
  /** The bytes, or a range of them, as a stream; ArtifactBlobNotFound when there is no such blob. */
  get(id: string, range?: ByteRange): Promise<Readable>;
  /** The blob's size, or null when there is none. */
  head(id: string): Promise<StoredBlob | null>;
  /** Removes a blob (garbage collection of bytes without a record); false when there was none. */
  delete(id: string): Promise<boolean>;
}

/** Nest injection token of the configured backend. */
export const ARTIFACT_BACKEND = Symbol('ArtifactBackend');

export const blobExists = (id: string): DomainError =>
  conflict('ArtifactBlobExists', `Artifact bytes ${id} are already stored; a deposit never overwrites.`);

export const blobNotFound = (id: string): DomainError =>
  notFound('ArtifactBlobNotFound', `No artifact bytes are stored under ${id}.`);

export const invalidBlobId = (id: unknown): DomainError =>
  invalid(
    'InvalidArtifactId',
    `Not an artifact id (32 lowercase hex digits): ${JSON.stringify(String(id)).slice(0, 80)}.`,
  );

/** Checks an id against the grammar; every adapter calls it before touching its storage. */
export function assertBlobId(id: unknown): asserts id is string {
  if (!isArtifactId(id)) throw invalidBlobId(id);
}

/** Checks a range against a blob size (adapters accept only satisfiable ranges). */
export function assertRange(range: ByteRange | undefined, sizeBytes: number): void {
  if (range === undefined) return;
  const { start, end } = range;
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || end < start || end >= sizeBytes) {
    throw invalid('InvalidByteRange', `Range ${start}-${end} does not lie within ${sizeBytes} bytes.`);
  }
}
