import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import * as http from 'node:http';
import { AddressInfo, Socket } from 'node:net';

/**
 * A loopback server speaking enough of the Amazon S3 REST API (path-style addressing) to catch a client's
 * mistakes: every request must carry a valid AWS Signature Version 4 (`Authorization: AWS4-HMAC-SHA256 …`,
 * checked against the canonical request, with the signed payload hash verified against the body), and objects
 * follow S3's rules:
 *
 * - buckets: `PUT /{bucket}` (CreateBucket), `HEAD /{bucket}`, `GET /{bucket}?list-type=2&prefix=` (ListObjectsV2,
 *   one page of up to 1000 keys);
 * - objects: `PUT` (PutObject, with the conditional write `If-None-Match: *` → 412 PreconditionFailed when the
 *   key exists, decided atomically when the body is complete, as S3 does), `GET` (GetObject, with `Range` →
 *   206 / 416 InvalidRange, `If-None-Match` → 304), `HEAD`, `DELETE` (204 whether or not the key existed);
 * - multipart uploads: `POST ?uploads`, `PUT ?partNumber&uploadId`, `POST ?uploadId` (CompleteMultipartUpload,
 *   with `If-None-Match: *`; parts other than the last must be at least 5 MiB, ETags must match),
 *   `DELETE ?uploadId`;
 * - errors as S3's XML `<Error><Code>…</Code><Message>…</Message></Error>` with its status codes.
 *
 * Not supported (501 NotImplemented, so a client relying on them notices): virtual-hosted addressing,
 * `aws-chunked` streaming payloads, copies, `If-Match` writes, versioning, ACLs. Everything is held in memory.
 */

export interface FakeS3Options {
  readonly accessKeyId?: string;
  readonly secretAccessKey?: string;
  readonly region?: string;
  readonly port?: number;
}

export interface StoredObject {
  readonly body: Buffer;
  readonly etag: string;
  readonly contentType: string;
  readonly lastModified: Date;
}

export interface LoggedS3Request {
  readonly method: string;
  readonly path: string;
  readonly query: string;
  readonly status: number;
}

export interface FakeS3 {
  readonly url: string;
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly region: string;
  /** Every request, in order, with the status it got. */
  readonly requests: LoggedS3Request[];
  createBucket(name: string): void;
  /** The keys held in a bucket, sorted. */
  keys(bucket: string): string[];
  object(bucket: string, key: string): StoredObject | undefined;
  /** Multipart uploads started and neither completed nor aborted. */
  pendingUploads(): number;
  close(): Promise<void>;
}

const MIN_PART_BYTES = 5 * 1024 * 1024;
const MAX_SKEW_MS = 15 * 60 * 1000;

class S3Error extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const xmlEscape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** RFC 3986 encoding as SigV4 wants it (unreserved characters stay, everything else %XX, uppercase). */
function uriEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function canonicalQuery(query: string): string {
  if (!query) return '';
  return query
    .split('&')
    .filter(Boolean)
    .map((pair) => {
      const eq = pair.indexOf('=');
      const name = decodeURIComponent(eq < 0 ? pair : pair.slice(0, eq));
      const value = eq < 0 ? '' : decodeURIComponent(pair.slice(eq + 1));
      return [uriEncode(name), uriEncode(value)] as const;
    })
    .sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
}

const hmac = (key: Buffer | string, data: string) => createHmac('sha256', key).update(data).digest();
const sha256Hex = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');
const md5Hex = (data: Buffer) => createHash('md5').update(data).digest('hex');

interface Signed {
  /** The payload hash the client signed: 64 hex digits or UNSIGNED-PAYLOAD. */
  readonly payloadHash: string;
}

/** Checks the request's SigV4 signature; throws the S3 error a real endpoint would answer. */
function verifySignature(
  req: http.IncomingMessage,
  path: string,
  query: string,
  options: Required<FakeS3Options>,
): Signed {
  const auth = req.headers.authorization;
  if (!auth) throw new S3Error(403, 'AccessDenied', 'Anonymous access is not allowed.');
  const match =
    /^AWS4-HMAC-SHA256 Credential=([^/,]+)\/(\d{8})\/([^/,]+)\/s3\/aws4_request,\s*SignedHeaders=([a-z0-9;-]+),\s*Signature=([0-9a-f]{64})$/.exec(
      auth,
    );
  if (!match) throw new S3Error(400, 'AuthorizationHeaderMalformed', 'The authorization header is malformed.');
  const [, accessKeyId, date, region, signedHeaderList, signature] = match;
  if (accessKeyId !== options.accessKeyId) {
    throw new S3Error(403, 'InvalidAccessKeyId', 'The AWS Access Key Id you provided does not exist in our records.');
  }
  if (region !== options.region) {
    throw new S3Error(
      400,
      'AuthorizationHeaderMalformed',
      `The region '${region}' is wrong; expecting '${options.region}'.`,
    );
  }
  const amzDate = req.headers['x-amz-date'];
  if (typeof amzDate !== 'string' || !/^\d{8}T\d{6}Z$/.test(amzDate) || !amzDate.startsWith(date)) {
    throw new S3Error(403, 'AccessDenied', 'X-Amz-Date is missing or does not match the credential scope.');
  }
  const at = Date.UTC(
    +amzDate.slice(0, 4),
    +amzDate.slice(4, 6) - 1,
    +amzDate.slice(6, 8),
    +amzDate.slice(9, 11),
    +amzDate.slice(11, 13),
    +amzDate.slice(13, 15),
  );
  if (Math.abs(Date.now() - at) > MAX_SKEW_MS) {
    throw new S3Error(
      403,
      'RequestTimeTooSkewed',
      'The difference between the request time and the current time is too large.',
    );
  }
  const payloadHash = req.headers['x-amz-content-sha256'];
  if (typeof payloadHash !== 'string') {
    throw new S3Error(400, 'InvalidRequest', 'Missing required header for this request: x-amz-content-sha256.');
  }
  if (payloadHash.startsWith('STREAMING-')) {
    throw new S3Error(501, 'NotImplemented', 'This fake does not speak aws-chunked streaming payloads.');
  }
  if (payloadHash !== 'UNSIGNED-PAYLOAD' && !/^[0-9a-f]{64}$/.test(payloadHash)) {
    throw new S3Error(400, 'InvalidArgument', 'x-amz-content-sha256 must be UNSIGNED-PAYLOAD or a SHA-256 hex digest.');
  }
  const signedHeaders = signedHeaderList.split(';');
  if (!signedHeaders.includes('host') || !signedHeaders.includes('x-amz-date')) {
    throw new S3Error(400, 'AuthorizationHeaderMalformed', 'host and x-amz-date must be signed.');
  }
  const values = new Map<string, string[]>();
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    const name = req.rawHeaders[i].toLowerCase();
    values.set(name, [...(values.get(name) ?? []), req.rawHeaders[i + 1].trim().replace(/\s+/g, ' ')]);
  }
  const canonicalHeaders = signedHeaders.map((name) => `${name}:${(values.get(name) ?? []).join(',')}\n`).join('');
  const canonicalRequest = [
    req.method,
    path,
    canonicalQuery(query),
    canonicalHeaders,
    signedHeaderList,
    payloadHash,
  ].join('\n');
  const scope = `${date}/${region}/s3/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256Hex(canonicalRequest)].join('\n');
  const key = hmac(hmac(hmac(hmac(`AWS4${options.secretAccessKey}`, date), region), 's3'), 'aws4_request');
  const expected = hmac(key, stringToSign);
  if (!timingSafeEqual(expected, Buffer.from(signature, 'hex'))) {
    throw new S3Error(
      403,
      'SignatureDoesNotMatch',
      'The request signature we calculated does not match the signature you provided.',
    );
  }
  return { payloadHash };
}

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** `bytes=a-b`, `bytes=a-`, `bytes=-n` against a size; null when the header is absent or not one range. */
function parseRange(header: string | undefined, size: number): { start: number; end: number } | null {
  if (!header) return null;
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || (m[1] === '' && m[2] === '')) return null;
  if (m[1] === '') {
    const suffix = Number(m[2]);
    if (suffix === 0 || size === 0) throw new S3Error(416, 'InvalidRange', 'The requested range is not satisfiable');
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(m[1]);
  const end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  if (start >= size || (m[2] !== '' && Number(m[2]) < start)) {
    throw new S3Error(416, 'InvalidRange', 'The requested range is not satisfiable');
  }
  return { start, end };
}

export async function startFakeS3(options: FakeS3Options = {}): Promise<FakeS3> {
  const settings: Required<FakeS3Options> = {
    accessKeyId: options.accessKeyId ?? 'AKIAFAKES3CUSTODY000',
    secretAccessKey: options.secretAccessKey ?? randomBytes(20).toString('base64'),
    region: options.region ?? 'us-east-1',
    port: options.port ?? 0,
  };
  const buckets = new Map<string, Map<string, StoredObject>>();
  const uploads = new Map<
    string,
    { bucket: string; key: string; parts: Map<number, { body: Buffer; etag: string }> }
  >();
  const requests: LoggedS3Request[] = [];
  const sockets = new Set<Socket>();

  const bucketOf = (name: string) => {
    const bucket = buckets.get(name);
    if (!bucket) throw new S3Error(404, 'NoSuchBucket', 'The specified bucket does not exist');
    return bucket;
  };

  const sendXml = (res: http.ServerResponse, status: number, xml: string, headers: http.OutgoingHttpHeaders = {}) => {
    const body = Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\n${xml}`);
    res.writeHead(status, { 'content-type': 'application/xml', 'content-length': body.length, ...headers });
    res.end(body);
  };

  const objectHeaders = (object: StoredObject): http.OutgoingHttpHeaders => ({
    etag: object.etag,
    'last-modified': object.lastModified.toUTCString(),
    'content-type': object.contentType,
    'accept-ranges': 'bytes',
  });

  const conditionalWrite = (req: http.IncomingMessage, exists: boolean) => {
    if (req.headers['if-match'] !== undefined) {
      throw new S3Error(501, 'NotImplemented', 'This fake does not implement If-Match writes.');
    }
    const ifNoneMatch = req.headers['if-none-match'];
    if (ifNoneMatch === undefined) return;
    if (ifNoneMatch.trim() !== '*') {
      throw new S3Error(501, 'NotImplemented', 'If-None-Match on a write accepts only *.');
    }
    if (exists)
      throw new S3Error(412, 'PreconditionFailed', 'At least one of the pre-conditions you specified did not hold');
  };

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const rawUrl = req.url ?? '/';
    const q = rawUrl.indexOf('?');
    const path = q < 0 ? rawUrl : rawUrl.slice(0, q);
    const query = q < 0 ? '' : rawUrl.slice(q + 1);
    const params = new URLSearchParams(query);
    const { payloadHash } = verifySignature(req, path, query, settings);
    const body = await readBody(req);
    if (payloadHash !== 'UNSIGNED-PAYLOAD' && sha256Hex(body) !== payloadHash) {
      throw new S3Error(
        400,
        'XAmzContentSHA256Mismatch',
        "The provided 'x-amz-content-sha256' header does not match what was computed.",
      );
    }
    const declared = req.headers['content-length'];
    if (declared !== undefined && Number(declared) !== body.length) {
      throw new S3Error(
        400,
        'IncompleteBody',
        'You did not provide the number of bytes specified by the Content-Length HTTP header.',
      );
    }
    const md5 = req.headers['content-md5'];
    if (typeof md5 === 'string' && createHash('md5').update(body).digest('base64') !== md5) {
      throw new S3Error(400, 'BadDigest', 'The Content-MD5 you specified did not match what we received.');
    }
    const segments = path.split('/');
    const bucketName = decodeURIComponent(segments[1] ?? '');
    const key = decodeURIComponent(segments.slice(2).join('/'));
    if (!bucketName) throw new S3Error(501, 'NotImplemented', 'ListBuckets is not implemented by this fake.');

    if (!key) {
      // Bucket operations.
      if (req.method === 'PUT') {
        if (buckets.has(bucketName))
          throw new S3Error(
            409,
            'BucketAlreadyOwnedByYou',
            'Your previous request to create the named bucket succeeded and you already own it.',
          );
        buckets.set(bucketName, new Map());
        res.writeHead(200, { location: `/${bucketName}`, 'content-length': 0 });
        res.end();
        return;
      }
      const bucket = bucketOf(bucketName);
      if (req.method === 'HEAD') {
        res.writeHead(200).end();
        return;
      }
      if (req.method === 'GET' && params.get('list-type') === '2') {
        const prefix = params.get('prefix') ?? '';
        const keys = [...bucket.keys()]
          .filter((k) => k.startsWith(prefix))
          .sort()
          .slice(0, 1000);
        const contents = keys
          .map((k) => {
            const o = bucket.get(k)!;
            return `<Contents><Key>${xmlEscape(k)}</Key><LastModified>${o.lastModified.toISOString()}</LastModified><ETag>${xmlEscape(o.etag)}</ETag><Size>${o.body.length}</Size><StorageClass>STANDARD</StorageClass></Contents>`;
          })
          .join('');
        sendXml(
          res,
          200,
          `<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>${xmlEscape(bucketName)}</Name><Prefix>${xmlEscape(prefix)}</Prefix><KeyCount>${keys.length}</KeyCount><MaxKeys>1000</MaxKeys><IsTruncated>false</IsTruncated>${contents}</ListBucketResult>`,
        );
        return;
      }
      throw new S3Error(501, 'NotImplemented', `${req.method} on a bucket is not implemented by this fake.`);
    }

    const bucket = bucketOf(bucketName);
    if (req.headers['x-amz-copy-source'] !== undefined) {
      throw new S3Error(501, 'NotImplemented', 'Copies are not implemented by this fake.');
    }
    const uploadId = params.get('uploadId');

    if (req.method === 'POST' && params.has('uploads')) {
      const id = randomBytes(16).toString('hex');
      uploads.set(id, { bucket: bucketName, key, parts: new Map() });
      sendXml(
        res,
        200,
        `<InitiateMultipartUploadResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Bucket>${xmlEscape(bucketName)}</Bucket><Key>${xmlEscape(key)}</Key><UploadId>${id}</UploadId></InitiateMultipartUploadResult>`,
      );
      return;
    }
    if (uploadId !== null) {
      const upload = uploads.get(uploadId);
      if (!upload || upload.bucket !== bucketName || upload.key !== key) {
        throw new S3Error(404, 'NoSuchUpload', 'The specified multipart upload does not exist.');
      }
      if (req.method === 'PUT') {
        const partNumber = Number(params.get('partNumber'));
        if (!Number.isInteger(partNumber) || partNumber < 1 || partNumber > 10000) {
          throw new S3Error(400, 'InvalidArgument', 'Part number must be an integer between 1 and 10000, inclusive.');
        }
        const etag = `"${md5Hex(body)}"`;
        upload.parts.set(partNumber, { body, etag });
        res.writeHead(200, { etag, 'content-length': 0 });
        res.end();
        return;
      }
      if (req.method === 'DELETE') {
        uploads.delete(uploadId);
        res.writeHead(204).end();
        return;
      }
      if (req.method === 'POST') {
        const listed = [...body.toString('utf8').matchAll(/<Part>([\s\S]*?)<\/Part>/g)].map((m) => ({
          partNumber: Number(/<PartNumber>(\d+)<\/PartNumber>/.exec(m[1])?.[1]),
          etag: (/<ETag>([^<]*)<\/ETag>/.exec(m[1])?.[1] ?? '').replace(/&quot;/g, '"'),
        }));
        if (listed.length === 0) throw new S3Error(400, 'MalformedXML', 'The XML you provided was not well-formed.');
        const chosen = listed.map((p, i) => {
          if (i > 0 && p.partNumber <= listed[i - 1].partNumber) {
            throw new S3Error(400, 'InvalidPartOrder', 'The list of parts was not in ascending order.');
          }
          const part = upload.parts.get(p.partNumber);
          if (!part || part.etag.replace(/"/g, '') !== p.etag.replace(/"/g, '')) {
            throw new S3Error(400, 'InvalidPart', 'One or more of the specified parts could not be found.');
          }
          if (i < listed.length - 1 && part.body.length < MIN_PART_BYTES) {
            throw new S3Error(
              400,
              'EntityTooSmall',
              'Your proposed upload is smaller than the minimum allowed object size.',
            );
          }
          return part;
        });
        conditionalWrite(req, bucket.has(key));
        const whole = Buffer.concat(chosen.map((p) => p.body));
        const digest = md5Hex(Buffer.concat(chosen.map((p) => Buffer.from(p.etag.replace(/"/g, ''), 'hex'))));
        const etag = `"${digest}-${chosen.length}"`;
        bucket.set(key, { body: whole, etag, contentType: 'application/octet-stream', lastModified: new Date() });
        uploads.delete(uploadId);
        sendXml(
          res,
          200,
          `<CompleteMultipartUploadResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Location>/${xmlEscape(bucketName)}/${xmlEscape(key)}</Location><Bucket>${xmlEscape(bucketName)}</Bucket><Key>${xmlEscape(key)}</Key><ETag>${xmlEscape(etag)}</ETag></CompleteMultipartUploadResult>`,
        );
        return;
      }
    }

    if (req.method === 'PUT') {
      conditionalWrite(req, bucket.has(key));
      const etag = `"${md5Hex(body)}"`;
      const contentType = req.headers['content-type'] ?? 'application/octet-stream';
      bucket.set(key, { body, etag, contentType, lastModified: new Date() });
      res.writeHead(200, { etag, 'content-length': 0 });
      res.end();
      return;
    }
    if (req.method === 'DELETE') {
      bucket.delete(key);
      res.writeHead(204).end();
      return;
    }
    if (req.method === 'GET' || req.method === 'HEAD') {
      const object = bucket.get(key);
      if (!object) {
        if (req.method === 'HEAD') {
          res.writeHead(404).end();
          return;
        }
        throw new S3Error(404, 'NoSuchKey', 'The specified key does not exist.');
      }
      const ifNoneMatch = req.headers['if-none-match'];
      if (ifNoneMatch && (ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((t) => t.trim() === object.etag))) {
        res.writeHead(304, { etag: object.etag }).end();
        return;
      }
      const range = parseRange(req.headers.range, object.body.length);
      const bytes = range ? object.body.subarray(range.start, range.end + 1) : object.body;
      res.writeHead(range ? 206 : 200, {
        ...objectHeaders(object),
        'content-length': bytes.length,
        ...(range ? { 'content-range': `bytes ${range.start}-${range.end}/${object.body.length}` } : {}),
      });
      res.end(req.method === 'HEAD' ? undefined : bytes);
      return;
    }
    throw new S3Error(405, 'MethodNotAllowed', 'The specified method is not allowed against this resource.');
  }

  const server = http.createServer((req, res) => {
    const requestId = randomBytes(8).toString('hex').toUpperCase();
    res.setHeader('x-amz-request-id', requestId);
    res.on('finish', () => {
      const rawUrl = req.url ?? '/';
      const q = rawUrl.indexOf('?');
      requests.push({
        method: req.method ?? '',
        path: q < 0 ? rawUrl : rawUrl.slice(0, q),
        query: q < 0 ? '' : rawUrl.slice(q + 1),
        status: res.statusCode,
      });
    });
    handle(req, res).catch((error: unknown) => {
      const s3 = error instanceof S3Error ? error : new S3Error(500, 'InternalError', String(error));
      req.resume();
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (req.method === 'HEAD') {
        res.writeHead(s3.status).end();
        return;
      }
      sendXml(
        res,
        s3.status,
        `<Error><Code>${s3.code}</Code><Message>${xmlEscape(s3.message)}</Message><RequestId>${requestId}</RequestId></Error>`,
      );
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(settings.port, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    accessKeyId: settings.accessKeyId,
    secretAccessKey: settings.secretAccessKey,
    region: settings.region,
    requests,
    createBucket(name) {
      if (!buckets.has(name)) buckets.set(name, new Map());
    },
    keys: (bucket) => [...(buckets.get(bucket)?.keys() ?? [])].sort(),
    object: (bucket, key) => buckets.get(bucket)?.get(key),
    pendingUploads: () => uploads.size,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
