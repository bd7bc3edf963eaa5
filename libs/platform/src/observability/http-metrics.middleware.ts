import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { PlatformMetrics } from './metrics';

/** Times every request; the label is the route pattern (bounded), never the raw path. */
@Injectable()
export class HttpMetricsMiddleware implements NestMiddleware {
  constructor(private readonly metrics: PlatformMetrics) {}

  use(req: Request, res: Response, next: NextFunction): void {
    const stop = this.metrics.httpDuration.startTimer();
    res.on('finish', () => {
      const route = (req.route as { path?: string } | undefined)?.path;
      const pattern = route ? `${req.baseUrl ?? ''}${route}` : 'unmatched';
      stop({ method: req.method, route: pattern, status: String(res.statusCode) });
    });
    next();
  }
}
