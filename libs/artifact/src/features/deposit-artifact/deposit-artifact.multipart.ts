import busboy from 'busboy';
import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import { DomainError } from '@custody/kernel';
import { validationFailed } from '@custody/platform';
import { artifactTooLarge } from '../../aggregates/artifact/artifact.errors';
import { sanitizeContentType } from '../../aggregates/artifact/content-type';

/** The one part a deposit carries, as it streams in. */
export interface FilePart {
  /** The part's bytes; ends only once the whole request body has been read and found well-formed. */
  readonly stream: Readable;
  /** The part's `type/subtype`, sanitized; `application/octet-stream` when it sent none or a malformed one. */
  readonly contentType: string;
}

export interface ReceivedFile<T> {
  readonly stored: T;
  readonly sizeBytes: number;
  readonly sha256: string;
  readonly contentType: string;
}

export const FILE_PART = 'file';
/** How far into the body the first part's headers are looked for (busboy needs them within the same reach). */
const SNIFF_LIMIT = 16 * 1024;
/** Buffering between the parser and the store: large enough that chunks flow without a pause per chunk. */
const STREAM_BUFFER_BYTES = 256 * 1024;

const malformed = (message: string): DomainError => validationFailed([{ path: '', message }]);
const partProblem = (path: string, message: string): DomainError => validationFailed([{ path, message }]);

function boundaryOf(contentType: string): string | null {
  const match = /;\s*boundary=(?:"([^"]{1,200})"|([^\s;]{1,200}))/i.exec(contentType);
  return match ? (match[1] ?? match[2]) : null;
}

/**
 * Reads the raw header block of the first part, so that a part sent without a Content-Type is told apart from
 * one that said `text/plain` (busboy reports both as `text/plain`, RFC 7578's default). Yields the header's
 * value, null when the first part has none, undefined when its headers were not found within reach.
 */
function sniffFirstPartContentType(boundary: string): {
  push(chunk: Buffer): boolean;
  readonly value: string | null | undefined;
} {
  const delimiter = Buffer.from(`--${boundary}`);
  let head = Buffer.alloc(0);
  let value: string | null | undefined;
  return {
    get value() {
      return value;
    },
    /** Returns true once it has seen enough (found, or gave up). */
    push(chunk) {
      head = Buffer.concat([head, chunk.subarray(0, SNIFF_LIMIT - head.length)]);
      let at = head.subarray(0, delimiter.length).equals(delimiter) ? 0 : -1;
      if (at < 0) {
        const crlf = head.indexOf(Buffer.concat([Buffer.from('\r\n'), delimiter]));
        at = crlf < 0 ? -1 : crlf + 2;
      }
      if (at >= 0) {
        const lineEnd = head.indexOf('\r\n', at + delimiter.length);
        const end = lineEnd < 0 ? -1 : head.indexOf('\r\n\r\n', lineEnd);
        if (end >= 0) {
          const lines = head
            .subarray(lineEnd + 2, end)
            .toString('latin1')
            .split('\r\n');
          const header = lines.find((line) => /^content-type\s*:/i.test(line));
          value = header === undefined ? null : header.slice(header.indexOf(':') + 1).trim();
          return true;
        }
      }
      return head.length >= SNIFF_LIMIT;
    },
  };
}

/**
 * Reads a `multipart/form-data` request that must hold exactly one part, a file part named `file`, streaming
 * its bytes to `store` as they arrive (never holding the file in memory), counting them against `maxBytes` and
 * hashing them (SHA-256) on the way through.
 *
 * The stream handed to `store` ends only when the whole body has been read and found well-formed. When the body
 * turns out wrong (another part, a stray field, a wrong part name, a truncated body) or too large, reading stops
 * at once and that stream is destroyed with the refusal, so `store` fails and must keep nothing; this function
 * then rejects with the refusal once `store` has settled. A failure of `store` itself stops the reading too.
 */
export function receiveSingleFile<T>(
  req: IncomingMessage,
  maxBytes: number,
  store: (part: FilePart) => Promise<T>,
): Promise<ReceivedFile<T>> {
  return new Promise<ReceivedFile<T>>((resolve, reject) => {
    const requestType = req.headers['content-type'] ?? '';
    if (!/^multipart\/form-data\s*(;|$)/i.test(requestType)) {
      reject(malformed(`The body must be multipart/form-data with one part named ${FILE_PART}.`));
      return;
    }
    const boundary = boundaryOf(requestType);
    let parser: busboy.Busboy;
    try {
      if (!boundary) throw new Error('no boundary');
      parser = busboy({
        headers: req.headers,
        // 'partsLimit' fires when a second part ends, whatever it was: busboy silently skips parts it cannot
        // classify (no Content-Disposition: form-data), and those must be refused too.
        limits: { parts: 2, fieldSize: 1024, fieldNameSize: 200, headerPairs: 32 },
        defParamCharset: 'utf8',
        highWaterMark: STREAM_BUFFER_BYTES,
        fileHwm: STREAM_BUFFER_BYTES,
      });
    } catch {
      reject(malformed('The multipart/form-data body has no usable boundary parameter in its Content-Type.'));
      return;
    }

    const hash = createHash('sha256');
    let sizeBytes = 0;
    let failure: Error | undefined;
    let fileSeen = false;
    let fileEnded = false;
    let parsed = false;
    let part: Readable | undefined;
    let storing: Promise<T> | undefined;
    let contentType = '';
    const body = new Readable({
      highWaterMark: STREAM_BUFFER_BYTES,
      read() {
        part?.resume();
      },
    });
    // The store sees a refusal by reading `body`; it may not have begun reading when the refusal comes.
    body.on('error', () => undefined);
    const sniffer = sniffFirstPartContentType(boundary);
    const sniff = (chunk: Buffer) => {
      if (sniffer.push(chunk)) req.removeListener('data', sniff);
    };

    const fail = (error: Error): void => {
      if (failure) return;
      failure = error;
      req.removeListener('data', sniff);
      req.unpipe(parser);
      req.pause();
      part?.pause();
      body.destroy(error);
      if (storing)
        storing.then(
          () => reject(error),
          () => reject(error),
        );
      else reject(error);
    };

    const maybeDone = (): void => {
      if (failure || !parsed) return;
      if (!fileSeen) {
        fail(partProblem(FILE_PART, `The body has no part named ${FILE_PART}.`));
        return;
      }
      if (!fileEnded) return;
      body.push(null);
      storing!.then(
        (stored) => resolve({ stored, sizeBytes, sha256: hash.digest('hex'), contentType }),
        (error: Error) => fail(error),
      );
    };

    parser.on('file', (name, stream) => {
      if (failure) {
        stream.resume();
        return;
      }
      if (fileSeen) {
        fail(partProblem(name, `The body must hold exactly one part; a second one (${JSON.stringify(name)}) came.`));
        return;
      }
      fileSeen = true;
      if (name !== FILE_PART) {
        fail(partProblem(name ?? '', `The part must be named ${FILE_PART}, not ${JSON.stringify(name)}.`));
        return;
      }
      part = stream;
      contentType = sanitizeContentType(sniffer.value);
      storing = store({ stream: body, contentType });
      storing.catch((error: Error) => fail(error));
      stream.on('data', (chunk: Buffer) => {
        if (failure) return;
        sizeBytes += chunk.length;
        if (sizeBytes > maxBytes) {
          fail(artifactTooLarge(maxBytes));
          return;
        }
        hash.update(chunk);
        if (!body.push(chunk)) stream.pause();
      });
      stream.on('end', () => {
        fileEnded = true;
        maybeDone();
      });
      stream.on('error', (error: Error) => fail(malformed(`The file part is malformed: ${error.message}.`)));
    });
    parser.on('field', (name) => {
      if (name === FILE_PART && !fileSeen) {
        fail(
          partProblem(
            FILE_PART,
            `The part ${FILE_PART} must be a file: give it a filename in its Content-Disposition (or the type application/octet-stream).`,
          ),
        );
      } else {
        fail(
          partProblem(name, `Unexpected field ${JSON.stringify(name)}: the body must hold only the part ${FILE_PART}.`),
        );
      }
    });
    parser.on('partsLimit', () =>
      fail(partProblem('', `The body must hold exactly one part, named ${FILE_PART}; it holds more.`)),
    );
    parser.on('error', (error: Error) =>
      fail(malformed(`The multipart/form-data body is malformed: ${error.message}.`)),
    );
    parser.on('finish', () => {
      parsed = true;
      maybeDone();
    });
    req.on('error', () => fail(malformed('The request body was cut off.')));
    req.on('close', () => {
      if (!req.complete) fail(malformed('The request body was cut off.'));
    });

    // The sniffer sees every chunk before busboy does (listeners run in the order they were added).
    req.on('data', sniff);
    req.pipe(parser);
  });
}
