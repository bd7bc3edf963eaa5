import { createParamDecorator } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AuthenticatedRequest } from '../auth/access.decorator';
import { CommandMeta } from '../commands/command-meta';
import { acceptableRequestId } from '../observability/request-logging';

export function correlationIdOf(req: AuthenticatedRequest): string {
  if (!req.correlationId) {
    const header = req.headers['x-request-id'];
    req.correlationId = acceptableRequestId(header) ? header : randomUUID();
  }
  return req.correlationId;
}

export function commandMetaOf(req: AuthenticatedRequest): CommandMeta {
  if (!req.principal) throw new Error('commandMetaOf needs an authenticated request');
  const key = req.headers['idempotency-key'];
  return {
    principal: req.principal,
    correlationId: correlationIdOf(req),
    ...(typeof key === 'string' && key.length > 0 ? { idempotencyKey: key } : {}),
  };
}

/** The caller and request identity every command carries into its events' metadata. */
export const Meta = createParamDecorator((_data: unknown, ctx): CommandMeta =>
  commandMetaOf(ctx.switchToHttp().getRequest()),
);
