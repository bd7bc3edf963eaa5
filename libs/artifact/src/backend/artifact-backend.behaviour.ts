/**
 * The one behaviour every ArtifactBackend adapter shows, as a Jest suite taking a factory: the file, memory and
 * S3 adapter specs each run it (`describeArtifactBackend('file', …)`).
 */
import { createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { ArtifactBackend } from './artifact-backend';

export interface BackendUnderTest {
  readonly backend: ArtifactBackend;
  close?(): Promise<void>;
}

/** Every byte value, NUL and 0xFF included, then some random bytes. */
export function awkwardBytes(extra = 1000): Buffer {
  return Buffer.concat([Buffer.from(Array.from({ length: 256 }, (_, i) => i)), randomBytes(extra)]);
}

/** A stream of `bytes` in chunks of `chunkSize` (odd sizes shake out batching bugs). */
export function streamOf(bytes: Buffer, chunkSize = 7919): Readable {
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += chunkSize) chunks.push(bytes.subarray(i, i + chunkSize));
  return Readable.from(chunks);
}

/** A stream that yields `bytes` and then fails, like an upload cut off or refused midway. */
export function failingStreamOf(bytes: Buffer, error = new Error('the client went away')): Readable {
  return Readable.from(
    (async function* () {
      yield bytes;
      await new Promise((resolve) => setImmediate(resolve));
      throw error;
    })(),
  );
}

export async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export function newBlobId(): string {
  return randomBytes(16).toString('hex');
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

export const BAD_IDS: readonly unknown[] = [
  '../x',
  '../../../../etc/passwd',
  '',
  '0123456789ABCDEF0123456789ABCDEF',
  '0123456789abcdef0123456789abcde',
  '0123456789abcdef0123456789abcdef0',
  '0123456789abcdef/123456789abcdef',
  '.tmp-0123456789abcdef0123456789ab',
  '0123456789abcdef0123456789abcde\0',
  ' 0123456789abcdef0123456789abcdef',
  undefined,
  42,
];

export function describeArtifactBackend(name: string, open: () => Promise<BackendUnderTest>): void {
  describe(`ArtifactBackend behaviour: ${name}`, () => {
    let subject: BackendUnderTest;
    let backend: ArtifactBackend;
    beforeAll(async () => {
      subject = await open();
      backend = subject.backend;
    });
    afterAll(() => subject.close?.());

    it('stores bytes and gives the very same bytes back, NUL and 0xFF included', async () => {
      const id = newBlobId();
      const bytes = awkwardBytes();
      await expect(backend.put(id, streamOf(bytes))).resolves.toEqual({ sizeBytes: bytes.length });
      expect(await readAll(await backend.get(id))).toEqual(bytes);
      await expect(backend.head(id)).resolves.toEqual({ sizeBytes: bytes.length });
    });

    it('stores an empty blob', async () => {
      const id = newBlobId();
      await expect(backend.put(id, Readable.from([]))).resolves.toEqual({ sizeBytes: 0 });
      expect((await readAll(await backend.get(id))).length).toBe(0);
      await expect(backend.head(id)).resolves.toEqual({ sizeBytes: 0 });
    });

    it('streams a blob larger than any single buffer through, unchanged', async () => {
      const id = newBlobId();
      const bytes = randomBytes(12 * 1024 * 1024 + 3);
      await expect(backend.put(id, streamOf(bytes, 65_521))).resolves.toEqual({ sizeBytes: bytes.length });
      expect(sha256(await readAll(await backend.get(id)))).toBe(sha256(bytes));
      expect(await readAll(await backend.get(id, { start: 5 * 1024 * 1024 - 2, end: 5 * 1024 * 1024 + 1 }))).toEqual(
        bytes.subarray(5 * 1024 * 1024 - 2, 5 * 1024 * 1024 + 2),
      );
    });

    it('reads byte ranges, inclusive at both ends', async () => {
      const id = newBlobId();
      const bytes = awkwardBytes(100);
      await backend.put(id, streamOf(bytes));
      expect(await readAll(await backend.get(id, { start: 10, end: 19 }))).toEqual(bytes.subarray(10, 20));
      expect(await readAll(await backend.get(id, { start: 0, end: 0 }))).toEqual(bytes.subarray(0, 1));
      const last = bytes.length - 1;
      expect(await readAll(await backend.get(id, { start: last, end: last }))).toEqual(bytes.subarray(last));
      await expect(backend.get(id, { start: 0, end: bytes.length })).rejects.toMatchObject({
        code: 'InvalidByteRange',
      });
      await expect(backend.get(id, { start: 5, end: 4 })).rejects.toMatchObject({ code: 'InvalidByteRange' });
    });

    it('refuses to overwrite: a second put of an id fails and the first bytes stay', async () => {
      const id = newBlobId();
      const first = awkwardBytes(10);
      await backend.put(id, streamOf(first));
      await expect(backend.put(id, streamOf(Buffer.from('intruder')))).rejects.toMatchObject({
        code: 'ArtifactBlobExists',
      });
      expect(await readAll(await backend.get(id))).toEqual(first);
    });

    it('lets exactly one of two concurrent puts of one id win, and keeps the winner whole', async () => {
      const id = newBlobId();
      const a = randomBytes(256 * 1024);
      const b = randomBytes(256 * 1024);
      const results = await Promise.allSettled([backend.put(id, streamOf(a, 4096)), backend.put(id, streamOf(b))]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const loser = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
      expect(loser.reason).toMatchObject({ code: 'ArtifactBlobExists' });
      const stored = await readAll(await backend.get(id));
      expect([sha256(a), sha256(b)]).toContain(sha256(stored));
      expect(stored.length).toBe(a.length);
    });

    it('keeps nothing of a put whose source fails midway', async () => {
      const id = newBlobId();
      const error = new Error('refused midway');
      await expect(backend.put(id, failingStreamOf(randomBytes(64 * 1024), error))).rejects.toBe(error);
      await expect(backend.head(id)).resolves.toBeNull();
      await expect(backend.get(id)).rejects.toMatchObject({ code: 'ArtifactBlobNotFound' });
      // The id is still free.
      await expect(backend.put(id, streamOf(Buffer.from('second try')))).resolves.toEqual({ sizeBytes: 10 });
    });

    it('answers for ids it does not hold', async () => {
      const id = newBlobId();
      await expect(backend.get(id)).rejects.toMatchObject({ code: 'ArtifactBlobNotFound' });
      await expect(backend.head(id)).resolves.toBeNull();
      await expect(backend.delete(id)).resolves.toBe(false);
    });

    it('deletes a blob (garbage collection), after which its id is free again', async () => {
      const id = newBlobId();
      await backend.put(id, streamOf(Buffer.from('garbage')));
      await expect(backend.delete(id)).resolves.toBe(true);
      await expect(backend.head(id)).resolves.toBeNull();
      await expect(backend.get(id)).rejects.toMatchObject({ code: 'ArtifactBlobNotFound' });
      await expect(backend.delete(id)).resolves.toBe(false);
    });

    it.each(BAD_IDS.map((id) => [id]))('refuses the id %j for every operation', async (id) => {
      const bad = id as string;
      const source = streamOf(Buffer.from('x'));
      await expect(backend.put(bad, source)).rejects.toMatchObject({ code: 'InvalidArtifactId' });
      await expect(backend.get(bad)).rejects.toMatchObject({ code: 'InvalidArtifactId' });
      await expect(backend.head(bad)).rejects.toMatchObject({ code: 'InvalidArtifactId' });
      await expect(backend.delete(bad)).rejects.toMatchObject({ code: 'InvalidArtifactId' });
    });
  });
}
