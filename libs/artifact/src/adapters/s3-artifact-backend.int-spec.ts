import { randomBytes } from 'node:crypto';
import { FakeS3, startFakeS3 } from '../../../../tools/fake-s3';
import {
  describeArtifactBackend,
  failingStreamOf,
  newBlobId,
  readAll,
  streamOf,
} from '../backend/artifact-backend.behaviour';
import { S3ArtifactBackend } from './s3-artifact-backend';

const BUCKET = 'custody-artifacts';

function backendFor(fake: FakeS3, overrides: Partial<{ secretAccessKey: string }> = {}): S3ArtifactBackend {
  return new S3ArtifactBackend({
    endpoint: fake.url,
    bucket: BUCKET,
    region: fake.region,
    accessKeyId: fake.accessKeyId,
    secretAccessKey: overrides.secretAccessKey ?? fake.secretAccessKey,
    forcePathStyle: true,
    partSizeBytes: 5 * 1024 * 1024,
  });
}

describeArtifactBackend('s3 (against the fake S3 on loopback)', async () => {
  const fake = await startFakeS3();
  fake.createBucket(BUCKET);
  const backend = backendFor(fake);
  return {
    backend,
    close: async () => {
      backend.close();
      await fake.close();
    },
  };
});

describe('S3 artifact backend', () => {
  let fake: FakeS3;
  let backend: S3ArtifactBackend;
  beforeAll(async () => {
    fake = await startFakeS3();
    fake.createBucket(BUCKET);
    backend = backendFor(fake);
  });
  afterAll(async () => {
    backend.close();
    await fake.close();
  });

  it('writes objects under artifacts/<id>, conditionally, and never overwrites one', async () => {
    const id = newBlobId();
    await backend.put(id, streamOf(Buffer.from('first')));
    expect(fake.keys(BUCKET)).toContain(`artifacts/${id}`);
    const before = fake.requests.length;
    await expect(backend.put(id, streamOf(Buffer.from('second')))).rejects.toMatchObject({
      code: 'ArtifactBlobExists',
    });
    // S3 itself refused the write (412 to a conditional PutObject); there was no check-then-write.
    expect(fake.requests.slice(before)).toEqual([expect.objectContaining({ method: 'PUT', status: 412 })]);
    expect(fake.object(BUCKET, `artifacts/${id}`)!.body.toString()).toBe('first');
  });

  it('uploads a large blob in parts and completes it conditionally, refusing to overwrite', async () => {
    const id = newBlobId();
    const bytes = randomBytes(11 * 1024 * 1024);
    await backend.put(id, streamOf(bytes, 100_003));
    expect(fake.object(BUCKET, `artifacts/${id}`)!.body.equals(bytes)).toBe(true);
    expect(fake.object(BUCKET, `artifacts/${id}`)!.etag).toMatch(/-3"$/);
    await expect(backend.put(id, streamOf(randomBytes(6 * 1024 * 1024)))).rejects.toMatchObject({
      code: 'ArtifactBlobExists',
    });
    expect(fake.object(BUCKET, `artifacts/${id}`)!.body.equals(bytes)).toBe(true);
    expect(fake.pendingUploads()).toBe(0);
  });

  it('aborts the multipart upload when the source fails midway, leaving nothing', async () => {
    const id = newBlobId();
    await expect(backend.put(id, failingStreamOf(randomBytes(7 * 1024 * 1024)))).rejects.toThrow(
      'the client went away',
    );
    expect(fake.keys(BUCKET)).not.toContain(`artifacts/${id}`);
    expect(fake.pendingUploads()).toBe(0);
  });

  it('sends no request at all for an id off the grammar', async () => {
    const before = fake.requests.length;
    await expect(backend.put('../x', streamOf(Buffer.from('x')))).rejects.toMatchObject({
      code: 'InvalidArtifactId',
    });
    await expect(backend.get('../x')).rejects.toMatchObject({ code: 'InvalidArtifactId' });
    expect(fake.requests.length).toBe(before);
  });

  it('is refused by S3 with wrong credentials (the fake checks SigV4 signatures)', async () => {
    const impostor = backendFor(fake, { secretAccessKey: 'not-the-secret' });
    try {
      await expect(impostor.put(newBlobId(), streamOf(Buffer.from('x')))).rejects.toMatchObject({
        name: 'SignatureDoesNotMatch',
      });
    } finally {
      impostor.close();
    }
  });

  it('reads a range of a multipart object', async () => {
    const id = newBlobId();
    const bytes = randomBytes(6 * 1024 * 1024);
    await backend.put(id, streamOf(bytes));
    expect(await readAll(await backend.get(id, { start: 5 * 1024 * 1024 - 1, end: 5 * 1024 * 1024 }))).toEqual(
      bytes.subarray(5 * 1024 * 1024 - 1, 5 * 1024 * 1024 + 1),
    );
  });
});
