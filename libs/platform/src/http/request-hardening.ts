import { CanActivate, ExecutionContext, HttpException, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import express from 'express';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { PROBLEM_CONTENT_TYPE, problem, toProblem } from './problem';
import { validationFailed } from './validation';

/** JSON deeper than this is refused before it is parsed: no walker (ours or a library's) ever recurses further. */
export const MAX_JSON_DEPTH = 64;
export const JSON_BODY_LIMIT_BYTES = 2 * 1024 * 1024;
const JSON_TYPES = ['application/json', 'application/*+json'];

/** After an answer sent before the body was read: how long the client gets to read it before the socket closes. */
const LINGER_BEFORE_CLOSE_MS = 1000;

/** 415, answered as the problem `UnsupportedMediaType`. */
export const unsupportedMediaType = (detail: string): HttpException => new HttpException(detail, 415);

/** The deepest nesting of arrays and objects in a JSON text, found without recursion (strings skipped). */
export function jsonDepthExceeds(text: Buffer | string, max: number): boolean {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (inString) {
      if (b === 0x5c)
        i++; // backslash: the next byte is escaped
      else if (b === 0x22) inString = false;
    } else if (b === 0x22) inString = true;
    else if (b === 0x7b || b === 0x5b) {
      if (++depth > max) return true;
    } else if (b === 0x7d || b === 0x5d) depth--;
  }
  return false;
}

/** True when the request carries a body (a length above zero, or a chunked one). */
export function hasBody(req: IncomingMessage): boolean {
  const length = req.headers['content-length'];
  if (length !== undefined) return length !== '0';
  return req.headers['transfer-encoding'] !== undefined;
}

/** A body we would have to decode (gzip, deflate, br, …): we decode none, so refuse it before reading it. */
export const refuseEncodedBodies: RequestHandler = (req, _res, next) => {
  const encoding = req.headers['content-encoding'];
  if (encoding !== undefined && encoding.trim().toLowerCase() !== 'identity') {
    next(unsupportedMediaType(`Content-Encoding "${encoding}" is not supported; send the body unencoded.`));
    return;
  }
  next();
};

/** Express's JSON parser, bounded: 2 MiB, JSON media types only, no inflation, nesting at most 64. */
export function jsonBodyParser(limitBytes: number = JSON_BODY_LIMIT_BYTES): RequestHandler {
  const parse = express.json({
    limit: limitBytes,
    type: JSON_TYPES,
    inflate: false,
    verify: (_req, _res, buffer) => {
      if (jsonDepthExceeds(buffer, MAX_JSON_DEPTH)) {
        throw validationFailed(
          [{ path: '', message: `nesting deeper than ${MAX_JSON_DEPTH} levels` }],
          `The JSON body is nested deeper than ${MAX_JSON_DEPTH} levels.`,
        );
      }
    },
  });
  return (req, res, next) => {
    // Already read by a route's own (larger) parser mounted before this one.
    if (req.readableEnded) return next();
    // A declared length over the limit is refused before a byte is read (the parser would drain it all first).
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limitBytes && req.is(JSON_TYPES)) {
      next(Object.assign(new Error('request entity too large'), { type: 'entity.too.large', status: 413 }));
      return;
    }
    parse(req, res, next);
  };
}

const STREAMED_BODY_KEY = 'custody:streamed-body';

/** Marks a route that reads its own (non-JSON) body, e.g. a multipart deposit; every other route takes JSON. */
export const StreamedBody = (): MethodDecorator => SetMetadata(STREAMED_BODY_KEY, true);

/**
 * A body on a JSON route must be JSON: anything else (text/plain, a form, no Content-Type) would otherwise be
 * read as an empty object and act on defaults the client never chose. 415 UnsupportedMediaType.
 */
@Injectable()
export class JsonBodyGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const req = context.switchToHttp().getRequest<Request>();
    if (!hasBody(req) || req.is(JSON_TYPES)) return true;
    if (this.reflector.get<boolean | undefined>(STREAMED_BODY_KEY, context.getHandler())) return true;
    throw unsupportedMediaType(
      `This route takes application/json; the body was sent as "${req.headers['content-type'] ?? 'no Content-Type'}".`,
    );
  }
}

/**
 * An answer sent before the request body was read to its end closes the connection and says so, so a client
 * never sends its next request on a socket about to go away. The socket first half-closes, keeps reading (and
 * dropping) what is still in flight for a moment, then closes: closing at once could reset the connection
 * before the client has read the answer.
 */
export function closeAfterEarlyAnswer(req: IncomingMessage, res: Response): void {
  if (req.complete || !hasBody(req)) return;
  res.setHeader('Connection', 'close');
  const socket = req.socket as Duplex & { destroySoon?: () => void };
  if (!socket || (socket as { __lingering?: boolean }).__lingering) return;
  (socket as { __lingering?: boolean }).__lingering = true;
  socket.destroySoon = () => {
    socket.end();
    setTimeout(() => socket.destroy(), LINGER_BEFORE_CLOSE_MS).unref();
  };
}

interface RouteLayer {
  route?: { path: string; methods: Record<string, boolean> };
  match?: (path: string) => boolean;
}

/** The methods served on a path, from the app's router (empty when the path is unknown). */
export function allowedMethods(req: Request): string[] {
  const router = (req.app as unknown as { router?: { stack: RouteLayer[] } }).router;
  const methods = new Set<string>();
  for (const layer of router?.stack ?? []) {
    // Catch-all routes (the dashboard's fallback) say nothing about which methods a path has.
    if (!layer.route || !layer.match || layer.route.path.includes('*')) continue;
    let matches = false;
    try {
      matches = layer.match(req.path);
    } catch {
      matches = false;
    }
    if (!matches) continue;
    for (const [method, on] of Object.entries(layer.route.methods)) {
      if (on && method !== '_all') methods.add(method.toUpperCase());
    }
  }
  if (methods.has('GET')) methods.add('HEAD');
  return [...methods].sort();
}

/** What Node's HTTP parser answers on its own (431 for oversized headers, 400 for a malformed request), as problems. */
export function answerClientErrorsAsProblems(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
    const status = tooLarge ? 431 : 400;
    const body = JSON.stringify(
      tooLarge
        ? problem(431, 'RequestHeaderFieldsTooLarge', 'The request headers are too large.')
        : problem(400, 'MalformedRequest', 'The request could not be parsed as HTTP/1.1.'),
    );
    socket.end(
      `HTTP/1.1 ${status} ${tooLarge ? 'Request Header Fields Too Large' : 'Bad Request'}\r\n` +
        `Content-Type: ${PROBLEM_CONTENT_TYPE}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `Connection: close\r\n\r\n${body}`,
    );
  });
}

/** Express error middleware for errors raised before Nest's router (encodings, parsing): problem+json. */
export function earlyErrorsAsProblems(error: unknown, req: Request, res: Response, next: NextFunction): void {
  if (res.headersSent) {
    next(error);
    return;
  }
  const body = toProblem(error);
  closeAfterEarlyAnswer(req, res);
  res.status(body.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(body));
}
