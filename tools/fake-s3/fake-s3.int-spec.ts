import {
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  GetObjectCommand,
  PutObjectCommand,
  S3Client,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import { FakeS3, startFakeS3 } from './fake-s3';

/** The fake must refuse what S3 refuses, or the adapter tests prove nothing. */
describe('fake S3 (the protocol the S3 artifact backend is tested against)', () => {
  let fake: FakeS3;
  let s3: S3Client;
  beforeAll(async () => {
    fake = await startFakeS3();
    fake.createBucket('b');
    s3 = new S3Client({
      endpoint: fake.url,
      region: fake.region,
      forcePathStyle: true,
      credentials: { accessKeyId: fake.accessKeyId, secretAccessKey: fake.secretAccessKey },
      requestChecksumCalculation: 'WHEN_REQUIRED',
      maxAttempts: 1,
    });
  });
  afterAll(async () => {
    s3.destroy();
    await fake.close();
  });

  it('refuses unsigned requests and wrong signatures', async () => {
    const anonymous = await fetch(`${fake.url}/b/k`);
    expect(anonymous.status).toBe(403);
    expect(await anonymous.text()).toContain('<Code>AccessDenied</Code>');
    const forged = await fetch(`${fake.url}/b/k`, {
      headers: {
        authorization: `AWS4-HMAC-SHA256 Credential=${fake.accessKeyId}/20260101/${fake.region}/s3/aws4_request, SignedHeaders=host;x-amz-date, Signature=${'0'.repeat(64)}`,
        'x-amz-date': new Date()
          .toISOString()
          .replace(/[-:]/g, '')
          .replace(/\.\d{3}/, ''),
        'x-amz-content-sha256': 'UNSIGNED-PAYLOAD',
      },
    });
    expect(forged.status).toBe(403);
  });

  it('honours If-None-Match: * on PutObject (412 when the key exists) and keeps the first object', async () => {
    await s3.send(new PutObjectCommand({ Bucket: 'b', Key: 'once', Body: 'first', IfNoneMatch: '*' }));
    await expect(
      s3.send(new PutObjectCommand({ Bucket: 'b', Key: 'once', Body: 'second', IfNoneMatch: '*' })),
    ).rejects.toMatchObject({ name: 'PreconditionFailed', $metadata: { httpStatusCode: 412 } });
    const got = await s3.send(new GetObjectCommand({ Bucket: 'b', Key: 'once' }));
    expect(await got.Body!.transformToString()).toBe('first');
    // Without the condition, S3 overwrites (so the adapter must always send it).
    await s3.send(new PutObjectCommand({ Bucket: 'b', Key: 'once', Body: 'third' }));
    expect(fake.object('b', 'once')!.body.toString()).toBe('third');
  });

  it('honours If-None-Match: * on CompleteMultipartUpload, and enforces the 5 MiB minimum part', async () => {
    const upload = async (key: string, parts: Buffer[]) => {
      const { UploadId } = await s3.send(new CreateMultipartUploadCommand({ Bucket: 'b', Key: key }));
      const done = [];
      for (const [i, body] of parts.entries()) {
        const { ETag } = await s3.send(
          new UploadPartCommand({ Bucket: 'b', Key: key, UploadId, PartNumber: i + 1, Body: body }),
        );
        done.push({ PartNumber: i + 1, ETag });
      }
      return s3.send(
        new CompleteMultipartUploadCommand({
          Bucket: 'b',
          Key: key,
          UploadId,
          MultipartUpload: { Parts: done },
          IfNoneMatch: '*',
        }),
      );
    };
    await expect(upload('small', [Buffer.alloc(10), Buffer.alloc(10)])).rejects.toMatchObject({
      name: 'EntityTooSmall',
    });
    await upload('mpu', [Buffer.alloc(5 * 1024 * 1024, 1), Buffer.alloc(3, 2)]);
    await expect(upload('mpu', [Buffer.alloc(4, 3)])).rejects.toMatchObject({ name: 'PreconditionFailed' });
    expect(fake.object('b', 'mpu')!.body.length).toBe(5 * 1024 * 1024 + 3);
  });

  it('serves ranges and refuses unsatisfiable ones', async () => {
    await s3.send(new PutObjectCommand({ Bucket: 'b', Key: 'r', Body: '0123456789' }));
    const part = await s3.send(new GetObjectCommand({ Bucket: 'b', Key: 'r', Range: 'bytes=2-4' }));
    expect(await part.Body!.transformToString()).toBe('234');
    expect(part.ContentRange).toBe('bytes 2-4/10');
    await expect(s3.send(new GetObjectCommand({ Bucket: 'b', Key: 'r', Range: 'bytes=10-' }))).rejects.toMatchObject({
      name: 'InvalidRange',
    });
    await expect(s3.send(new GetObjectCommand({ Bucket: 'b', Key: 'nope' }))).rejects.toMatchObject({
      name: 'NoSuchKey',
    });
  });
});
