/** Hand-made multipart/form-data bodies for the artifact contract tests: every byte under the test's control. */
import { createHash } from 'node:crypto';

export interface Part {
  readonly name?: string;
  /** Omitted: no filename parameter. */
  readonly filename?: string;
  /** Omitted: no Content-Type header on the part. */
  readonly type?: string;
  /** Replaces the generated headers entirely. */
  readonly rawHeaders?: string;
  readonly body: Buffer | string;
}

export const BOUNDARY = 'custody-test-boundary-7d3f';

export function partHead(part: Omit<Part, 'body'>, boundary = BOUNDARY): Buffer {
  const headers =
    part.rawHeaders ??
    [
      `Content-Disposition: form-data; name="${part.name ?? 'file'}"${part.filename === undefined ? '' : `; filename="${part.filename}"`}`,
      ...(part.type === undefined ? [] : [`Content-Type: ${part.type}`]),
    ].join('\r\n');
  return Buffer.from(`--${boundary}\r\n${headers}\r\n\r\n`);
}

export function closing(boundary = BOUNDARY): Buffer {
  return Buffer.from(`\r\n--${boundary}--\r\n`);
}

export function multipartBody(parts: readonly Part[], boundary = BOUNDARY): Buffer {
  const chunks: Buffer[] = [];
  parts.forEach((part, i) => {
    if (i > 0) chunks.push(Buffer.from('\r\n'));
    chunks.push(partHead(part, boundary), Buffer.isBuffer(part.body) ? part.body : Buffer.from(part.body));
  });
  if (parts.length === 0) chunks.push(Buffer.from(`--${boundary}--\r\n`));
  else chunks.push(closing(boundary));
  return Buffer.concat(chunks);
}

export const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Every byte value (NUL and 0xFF included), then the boundary's own start, then more. */
export function awkwardBytes(): Buffer {
  return Buffer.concat([
    Buffer.from(Array.from({ length: 256 }, (_, i) => i)),
    Buffer.from(`\r\n--${BOUNDARY.slice(0, 10)}\r\n\r\n`),
    Buffer.from([0, 0, 0xff, 0xff, 0x0d, 0x0a]),
    Buffer.from(Array.from({ length: 256 }, (_, i) => 255 - i)),
  ]);
}
