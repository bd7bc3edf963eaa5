import { Readable } from 'node:stream';
import {
  ArtifactBackend,
  ByteRange,
  StoredBlob,
  assertBlobId,
  assertRange,
  blobExists,
  blobNotFound,
} from '../backend/artifact-backend';

/** Blobs in a Map, for tests. Same contract as the durable ones: no overwrite, nothing kept from a failed put. */
export class MemoryArtifactBackend implements ArtifactBackend {
  readonly kind = 'memory';
  private readonly blobs = new Map<string, Buffer>();

  async put(id: string, source: Readable): Promise<StoredBlob> {
    try {
      assertBlobId(id);
      if (this.blobs.has(id)) throw blobExists(id);
      const chunks: Buffer[] = [];
      for await (const chunk of source) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
      // Checked again at the commit: another put of the same id may have finished meanwhile.
      if (this.blobs.has(id)) throw blobExists(id);
      const bytes = Buffer.concat(chunks);
      this.blobs.set(id, bytes);
      return { sizeBytes: bytes.length };
    } catch (error) {
      source.destroy();
      throw error;
    }
  }

  async get(id: string, range?: ByteRange): Promise<Readable> {
    assertBlobId(id);
    const bytes = this.blobs.get(id);
    if (!bytes) throw blobNotFound(id);
    assertRange(range, bytes.length);
    return Readable.from(range ? [bytes.subarray(range.start, range.end + 1)] : bytes.length ? [bytes] : []);
  }

  async head(id: string): Promise<StoredBlob | null> {
    assertBlobId(id);
    const bytes = this.blobs.get(id);
    return bytes ? { sizeBytes: bytes.length } : null;
  }

  async delete(id: string): Promise<boolean> {
    assertBlobId(id);
    return this.blobs.delete(id);
  }

  /** The stored ids (tests). */
  ids(): string[] {
    return [...this.blobs.keys()];
  }
}
