import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { PROBLEM_CONTENT_TYPE, RETRY_AFTER_SECONDS, toProblem } from './problem';

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
    if (res.headersSent) return;
    if (error instanceof ReplayedResponse) {
      res.setHeader('Idempotent-Replayed', 'true');
      if (error.body === null || error.body === undefined) {
        res.status(error.status).end();
      } else {
        res.status(error.status).type(error.contentType).send(JSON.stringify(error.body));
      }
      return;
    }
    const problem = toProblem(error);
    if (problem.status >= 500)
      this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    if (problem.status === 503) res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    res.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
  }
}
