import { ArgumentsHost, Catch, ExceptionFilter, Logger, NotFoundException } from '@nestjs/common';
import type { Request, Response } from 'express';
import { TooManyRequests } from '../auth/failed-auth-limiter';
import { logFactsOf } from '../observability/request-logging';
import { PROBLEM_CONTENT_TYPE, RETRY_AFTER_SECONDS, logServerFailure, problem, toProblem } from './problem';
import { allowedMethods, closeAfterEarlyAnswer } from './request-hardening';

/** A response recorded under an Idempotency-Key, sent again as it was. */
export class ReplayedResponse {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly contentType: string,
  ) {}
}

@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problem');

  catch(error: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw error;
    const res = host.switchToHttp().getResponse<Response>();
    const req = host.switchToHttp().getRequest<Request>();
    if (res.headersSent) return;
    closeAfterEarlyAnswer(req, res);
    if (error instanceof ReplayedResponse) {
      res.setHeader('Idempotent-Replayed', 'true');
      if (error.body === null || error.body === undefined) {
        res.status(error.status).end();
      } else {
        res.status(error.status).type(error.contentType).send(JSON.stringify(error.body));
      }
      return;
    }
    if (error instanceof NotFoundException) {
      // No route for this method: if the path is served with other methods, say which (405 with Allow).
      const allow = allowedMethods(req);
      if (allow.length > 0 && !allow.includes(req.method)) {
        logFactsOf(res).errorCode = 'MethodNotAllowed';
        res
          .status(405)
          .setHeader('Allow', allow.join(', '))
          .type(PROBLEM_CONTENT_TYPE)
          .send(
            JSON.stringify(
              problem(405, 'MethodNotAllowed', `${req.method} is not served here; use ${allow.join(', ')}.`),
            ),
          );
        return;
      }
    }
    if (error instanceof TooManyRequests) res.setHeader('Retry-After', String(error.retryAfterSeconds));
    const answer = toProblem(error);
    logFactsOf(res).errorCode = answer.code;
    logServerFailure(this.logger, answer, error);
    // RFC 6750: a 401 names the scheme the client should authenticate with (REST and /mcp alike).
    if (answer.status === 401) res.setHeader('WWW-Authenticate', 'Bearer');
    if (answer.status === 503) res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    res.status(answer.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(answer));
  }
}
