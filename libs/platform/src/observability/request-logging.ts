import { Injectable, LoggerService } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { Logger as PinoLogger } from 'nestjs-pino';
import type { Options } from 'pino-http';
import type { AuthenticatedRequest } from '../auth/access.decorator';

/** A client's X-Request-Id is kept when it is 1–128 visible ASCII characters; otherwise a fresh one is made. */
const REQUEST_ID = /^[\x21-\x7e]{1,128}$/;

export function acceptableRequestId(value: unknown): value is string {
  return typeof value === 'string' && REQUEST_ID.test(value);
}

/** What a request's handling leaves for its log line: the problem's code, the MCP tools it called. */
export interface RequestLogFacts {
  errorCode?: string;
  mcpCalls?: { tool: string; outcome: string }[];
}

export function logFactsOf(res: ServerResponse): RequestLogFacts {
  const locals = ((res as { locals?: Record<string, unknown> }).locals ??= {});
  return ((locals.custodyLog as RequestLogFacts | undefined) ??= {}) as RequestLogFacts;
}

const QUIET_PATHS = new Set(['/health/live', '/health/ready', '/metrics']);

/** What the final line of a request says beside pino's own fields: who, which route, how it ended. */
function finalFacts(req: IncomingMessage, res: ServerResponse): Record<string, unknown> {
  const request = req as AuthenticatedRequest;
  const facts = logFactsOf(res);
  const route = (request.route as { path?: string } | undefined)?.path;
  const mcpCalls = facts.mcpCalls ?? [];
  const failed = mcpCalls.find((call) => call.outcome !== 'ok');
  return {
    principal: request.principal ? `${request.principal.name} (${request.principal.principalId})` : undefined,
    route: route ? `${request.method} ${request.baseUrl ?? ''}${route}` : undefined,
    status: res.statusCode,
    errorCode: facts.errorCode ?? failed?.outcome,
    tool: mcpCalls.length > 0 ? mcpCalls.map((call) => call.tool).join(',') : undefined,
  };
}

/**
 * pino-http for every request: the id (accepted or fresh) is echoed as X-Request-Id and bound to every line the
 * request logs; its final line names the principal, the route pattern, the status, the error code and, for
 * /mcp, the tools called.
 */
export function requestLoggingOptions(level: string, processName: string): Options {
  return {
    level,
    base: { process: processName },
    redact: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["idempotency-key"]'],
    quietReqLogger: true,
    // One short line per request (method, url, status, time), not every header of it: log volume is request cost.
    serializers: {
      req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    genReqId: (req: IncomingMessage, res: ServerResponse) => {
      const header = req.headers['x-request-id'];
      const id = acceptableRequestId(header) ? header : randomUUID();
      res.setHeader('X-Request-Id', id);
      (req as AuthenticatedRequest).correlationId = id;
      return id;
    },
    autoLogging: { ignore: (req) => QUIET_PATHS.has((req.url ?? '').split('?')[0]) },
    // The request's facts go into its final line's own object: as customProps they cost one more child logger
    // (bindings serialised) at the start of every request and another at its end.
    customSuccessObject: (req, res, line: object) => ({ ...line, ...finalFacts(req, res) }),
    customErrorObject: (req, res, _error, line: object) => ({ ...line, ...finalFacts(req, res) }),
    customSuccessMessage: (req, res) => {
      const calls = logFactsOf(res).mcpCalls;
      const tools = calls?.length ? ` ${calls.map((c) => `${c.tool}→${c.outcome}`).join(', ')}` : '';
      return `${req.method} ${(req.url ?? '').split('?')[0]} ${res.statusCode}${tools}`;
    },
    customErrorMessage: (req, res) => `${req.method} ${(req.url ?? '').split('?')[0]} ${res.statusCode}`,
  };
}

/** Nest's start-up chatter (one line per module and per route mapped): debug, not info. */
const START_UP_CONTEXTS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestFactory']);

/** The app logger: pino, with the start-up chatter moved to debug. */
@Injectable()
export class CustodyLogger implements LoggerService {
  constructor(private readonly pino: PinoLogger) {}

  log(message: unknown, ...rest: unknown[]): void {
    const context = rest[rest.length - 1];
    if (typeof context === 'string' && START_UP_CONTEXTS.has(context)) this.pino.debug(message, ...rest);
    else this.pino.log(message, ...rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.pino.error(message, ...rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.pino.warn(message, ...rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.pino.debug(message, ...rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.pino.verbose(message, ...rest);
  }
  fatal(message: unknown, ...rest: unknown[]): void {
    this.pino.fatal(message, ...rest);
  }
}
