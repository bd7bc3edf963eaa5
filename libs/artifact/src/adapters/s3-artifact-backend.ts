import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import { Readable } from 'node:stream';
import { invalid } from '@custody/kernel';
import {
  ArtifactBackend,
  ByteRange,
  StoredBlob,
  assertBlobId,
  assertRange,
  blobExists,
  blobNotFound,
} from '../backend/artifact-backend';

export interface S3ArtifactBackendSettings {
  /** Unset for AWS itself. */
  readonly endpoint?: string;
  readonly bucket: string;
  readonly region: string;
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly forcePathStyle: boolean;
  /** Prepended to every id to make the object key (default `artifacts/`). */
  readonly keyPrefix?: string;
  /** Size of the parts of a multipart upload, at least 5 MiB (default 8 MiB); smaller blobs are one PutObject. */
  readonly partSizeBytes?: number;
}

const MiB = 1024 * 1024;

function statusOf(error: unknown): number | undefined {
  return error instanceof S3ServiceException ? error.$metadata?.httpStatusCode : undefined;
}

/** A conditional write lost: the key exists (412), or another conditional write of it is in flight (409). */
function isTaken(error: unknown): boolean {
  const status = statusOf(error);
  return (
    status === 412 ||
    (status === 409 && (error as S3ServiceException).name === 'ConditionalRequestConflict') ||
    (error as { name?: string }).name === 'PreconditionFailed'
  );
}

function isMissing(error: unknown): boolean {
  const name = (error as { name?: string }).name;
  return statusOf(error) === 404 || name === 'NoSuchKey' || name === 'NotFound';
}

/** Cuts a stream into buffers of exactly `size` bytes, the last one shorter (never empty). */
async function* fixedSizeParts(source: Readable, size: number): AsyncGenerator<Buffer> {
  let pending: Buffer[] = [];
  let bytes = 0;
  for await (const chunk of source) {
    let buffer: Buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    while (bytes + buffer.length >= size) {
      const take = size - bytes;
      pending.push(buffer.subarray(0, take));
      yield Buffer.concat(pending, size);
      pending = [];
      bytes = 0;
      buffer = buffer.subarray(take);
    }
    if (buffer.length > 0) {
      pending.push(buffer);
      bytes += buffer.length;
    }
  }
  if (bytes > 0) yield Buffer.concat(pending, bytes);
}

/**
 * Blobs as objects `<keyPrefix><id>` in one bucket. Every write is conditional (`If-None-Match: *`, on
 * PutObject and on CompleteMultipartUpload), so S3 itself refuses to overwrite a key, even against a
 * concurrent writer; there is no check-then-write window. A blob smaller than one part is a single PutObject;
 * a larger one a multipart upload with one part uploading while the next is read (memory: two parts),
 * aborted when anything fails. S3 answers a write only once the object is durable.
 *
 * Multipart uploads cut off by a crash of the process stay in the bucket until aborted: give the bucket a
 * lifecycle rule `AbortIncompleteMultipartUpload` (e.g. after 1 day).
 */
export class S3ArtifactBackend implements ArtifactBackend {
  readonly kind = 's3';
  private readonly client: S3Client;
  private readonly bucket: string;
  private readonly keyPrefix: string;
  private readonly partSize: number;

  constructor(settings: S3ArtifactBackendSettings) {
    this.bucket = settings.bucket;
    this.keyPrefix = settings.keyPrefix ?? 'artifacts/';
    this.partSize = Math.max(5 * MiB, settings.partSizeBytes ?? 8 * MiB);
    this.client = new S3Client({
      ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
      region: settings.region,
      credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
      forcePathStyle: settings.forcePathStyle,
      // Plain signed payloads (no aws-chunked trailers): every body here is a buffer of known length.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      requestHandler: { connectionTimeout: 10_000, requestTimeout: 120_000 },
      maxAttempts: 3,
    });
  }

  private key(id: string): string {
    return `${this.keyPrefix}${id}`;
  }

  async put(id: string, source: Readable): Promise<StoredBlob> {
    try {
      assertBlobId(id);
      const parts = fixedSizeParts(source, this.partSize);
      const first = await parts.next();
      if (first.done || first.value.length < this.partSize) {
        const body = first.done ? Buffer.alloc(0) : first.value;
        await this.client.send(
          new PutObjectCommand({
            Bucket: this.bucket,
            Key: this.key(id),
            Body: body,
            ContentLength: body.length,
            ContentType: 'application/octet-stream',
            IfNoneMatch: '*',
          }),
        );
        return { sizeBytes: body.length };
      }
      return await this.putInParts(id, first.value, parts);
    } catch (error) {
      source.destroy();
      if (isTaken(error)) throw blobExists(id);
      throw error;
    }
  }

  private async putInParts(id: string, first: Buffer, rest: AsyncGenerator<Buffer>): Promise<StoredBlob> {
    const key = this.key(id);
    const { UploadId } = await this.client.send(
      new CreateMultipartUploadCommand({ Bucket: this.bucket, Key: key, ContentType: 'application/octet-stream' }),
    );
    if (!UploadId) throw new Error('S3 started a multipart upload without an UploadId');
    const uploaded: { PartNumber: number; ETag: string }[] = [];
    let uploading: Promise<void> = Promise.resolve();
    let sizeBytes = 0;
    try {
      let partNumber = 0;
      for (let part: IteratorResult<Buffer> = { done: false, value: first }; !part.done; part = await rest.next()) {
        const body = part.value;
        const number = ++partNumber;
        sizeBytes += body.length;
        await uploading;
        uploading = this.client
          .send(
            new UploadPartCommand({
              Bucket: this.bucket,
              Key: key,
              UploadId,
              PartNumber: number,
              Body: body,
              ContentLength: body.length,
            }),
          )
          .then(({ ETag }) => {
            if (!ETag) throw new Error(`S3 stored part ${number} without an ETag`);
            uploaded.push({ PartNumber: number, ETag });
          });
        uploading.catch(() => undefined); // awaited on the next turn or below
      }
      await uploading;
      await this.client.send(
        new CompleteMultipartUploadCommand({
          Bucket: this.bucket,
          Key: key,
          UploadId,
          MultipartUpload: { Parts: uploaded.sort((a, b) => a.PartNumber - b.PartNumber) },
          IfNoneMatch: '*',
        }),
      );
      return { sizeBytes };
    } catch (error) {
      await uploading.catch(() => undefined);
      await rest.return(undefined).catch(() => undefined);
      await this.client
        .send(new AbortMultipartUploadCommand({ Bucket: this.bucket, Key: key, UploadId }))
        .catch(() => undefined);
      throw error;
    }
  }

  async get(id: string, range?: ByteRange): Promise<Readable> {
    assertBlobId(id);
    if (range) assertRange(range, Number.MAX_SAFE_INTEGER);
    let response;
    try {
      response = await this.client.send(
        new GetObjectCommand({
          Bucket: this.bucket,
          Key: this.key(id),
          ...(range ? { Range: `bytes=${range.start}-${range.end}` } : {}),
        }),
      );
    } catch (error) {
      if (isMissing(error)) throw blobNotFound(id);
      if (statusOf(error) === 416)
        throw invalid('InvalidByteRange', `Range ${range?.start}-${range?.end} lies beyond the blob.`);
      throw error;
    }
    const body = response.Body as Readable | undefined;
    if (range) {
      // S3 clamps a range running past the end; this port refuses it, as the other backends do.
      const total = Number(/\/(\d+)$/.exec(response.ContentRange ?? '')?.[1]);
      if (!Number.isSafeInteger(total) || range.end >= total) {
        body?.destroy();
        assertRange(range, Number.isSafeInteger(total) ? total : 0);
      }
    }
    return body ?? Readable.from([]);
  }

  async head(id: string): Promise<StoredBlob | null> {
    assertBlobId(id);
    try {
      const response = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: this.key(id) }));
      return { sizeBytes: response.ContentLength ?? 0 };
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async delete(id: string): Promise<boolean> {
    if ((await this.head(id)) === null) return false;
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: this.key(id) }));
    return true;
  }

  /** Closes the client's connections. */
  close(): void {
    this.client.destroy();
  }
}
