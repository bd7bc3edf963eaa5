import { HttpException, HttpStatus, LoggerService } from '@nestjs/common';
import { DomainError, ErrorDetail, ErrorFamily } from '@custody/kernel';

/** RFC 9457 problem details with custody's stable `code`. */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly code: string;
  readonly errors?: readonly ErrorDetail[];
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

const STATUS_BY_FAMILY: Record<ErrorFamily, number> = {
  Invalid: 400,
  Unauthenticated: 401,
  Forbidden: 403,
  NotFound: 404,
  Conflict: 409,
  TooLarge: 413,
  Unprocessable: 422,
  Upstream: 502,
};

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
};

const CODES_BY_STATUS: Record<number, string> = {
  400: 'ValidationFailed',
  401: 'Unauthenticated',
  403: 'Forbidden',
  404: 'RouteNotFound',
  405: 'MethodNotAllowed',
  406: 'NotAcceptable',
  413: 'PayloadTooLarge',
  415: 'UnsupportedMediaType',
  429: 'TooManyRequests',
  431: 'RequestHeaderFieldsTooLarge',
  503: 'ServiceUnavailable',
};

export function problemTypeUri(code: string): string {
  return `urn:custody:problem:${code}`;
}

export function problem(status: number, code: string, detail: string, errors?: readonly ErrorDetail[]): Problem {
  return {
    type: problemTypeUri(code),
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    code,
    ...(errors && errors.length > 0 ? { errors } : {}),
  };
}

export function statusOf(error: DomainError): number {
  return STATUS_BY_FAMILY[error.family];
}

/** Errors raised by Express's body parser carry `type` and `status`. */
interface BodyParserError {
  readonly type?: string;
  readonly status?: number;
  readonly message?: string;
}

/**
 * The one place that turns anything thrown into a problem. Anything unknown is a 500: a bug, never something
 * a client could cause on purpose.
 */
export function toProblem(error: unknown): Problem {
  if (error instanceof DomainError) {
    const status = statusOf(error);
    const errors =
      error.code === 'ValidationFailed' && !error.errors ? [{ path: '', message: error.message }] : error.errors;
    return problem(status, error.code, error.message, errors);
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const response = error.getResponse();
    const message =
      typeof response === 'string' ? response : ((response as { message?: unknown }).message ?? error.message);
    const detail = Array.isArray(message) ? message.join('; ') : String(message);
    const code = CODES_BY_STATUS[status] ?? (status >= 500 ? 'InternalError' : 'HttpError');
    return problem(status, code, detail, code === 'ValidationFailed' ? [{ path: '', message: detail }] : undefined);
  }
  const parserError = error as BodyParserError;
  if (parserError && typeof parserError.type === 'string' && typeof parserError.status === 'number') {
    if (parserError.type === 'entity.too.large') {
      return problem(413, 'PayloadTooLarge', 'The request body is larger than this route accepts.');
    }
    if (parserError.status === 415) {
      return problem(415, 'UnsupportedMediaType', parserError.message ?? 'Unsupported request body encoding.');
    }
    if (parserError.status >= 400 && parserError.status < 500) {
      const detail =
        parserError.type === 'entity.parse.failed'
          ? 'The request body is not valid JSON.'
          : (parserError.message ?? 'Malformed request body.');
      return problem(400, 'ValidationFailed', detail, [{ path: '', message: detail }]);
    }
  }
  if (isDatabaseUnavailable(error)) {
    return problem(
      HttpStatus.SERVICE_UNAVAILABLE,
      'DatabaseUnavailable',
      'The database is not reachable right now (it may be restarting); retry shortly.',
    );
  }
  return problem(
    HttpStatus.INTERNAL_SERVER_ERROR,
    'InternalError',
    'An unexpected error occurred; it has been logged.',
  );
}

/**
 * Logs the failure behind a 5xx answer: a database that is away (503) is an operational condition, worth a
 * warning line without a stack; anything else is a bug, logged as an error with its stack.
 */
export function logServerFailure(logger: LoggerService, answer: Problem, error: unknown): void {
  if (answer.status < 500) return;
  if (answer.code === 'DatabaseUnavailable') {
    logger.warn(`database unavailable: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
}

/** Seconds a client should wait before retrying a 503 (the database comes back from a restart in a few seconds). */
export const RETRY_AFTER_SECONDS = 2;

/** SQLSTATEs of a server going away: class 08 (connection exception), admin/crash shutdown, cannot connect now. */
const UNAVAILABLE_SQLSTATE = /^(08...|57P01|57P02|57P03)$/;
const UNAVAILABLE_SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH']);
/** node-postgres raises these as plain Errors, without a code. */
const UNAVAILABLE_MESSAGES = [
  'Connection terminated',
  'Connection is not established',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error and is not queryable',
];

const UNAVAILABLE_RUNNER_ERRORS = new Set([
  'QueryRunnerAlreadyReleasedError',
  'QueryRunnerProviderAlreadyReleasedError',
]);

/**
 * A failure of the database connection rather than of the request (PostgreSQL restarting, failing over, or
 * unreachable): the request may be retried as it is, so it is a 503, not a 500. TypeORM wraps the driver's error
 * in `driverError`.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  // TypeORM's own: a query on a runner whose connection was lost (and so released) under it.
  if (error instanceof Error && UNAVAILABLE_RUNNER_ERRORS.has(error.name)) return true;
  for (
    let e = error as { code?: unknown; message?: unknown; driverError?: unknown } | undefined, depth = 0;
    e && depth < 3;
    depth++
  ) {
    if (typeof e.code === 'string' && (UNAVAILABLE_SQLSTATE.test(e.code) || UNAVAILABLE_SOCKET_CODES.has(e.code)))
      return true;
    if (typeof e.message === 'string' && UNAVAILABLE_MESSAGES.some((m) => (e!.message as string).startsWith(m)))
      return true;
    e = e.driverError as typeof e;
  }
  return false;
}
