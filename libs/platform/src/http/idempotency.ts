import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor } from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import { createHash } from 'node:crypto';
import { DomainError } from '@custody/kernel';
import type { Response } from 'express';
import { Observable, catchError, from, mergeMap } from 'rxjs';
import { DataSource } from 'typeorm';
import { AuthenticatedRequest } from '../auth/access.decorator';
import { PROBLEM_CONTENT_TYPE, toProblem } from './problem';
import { ReplayedResponse } from './problem.filter';
import { validationFailed } from './validation';

/** A pending claim older than this is taken over: its request died before it could record an answer. */
const STALE_PENDING_SECONDS = 120;

type Claim =
  | { kind: 'claimed' }
  | { kind: 'replay'; status: number; body: unknown; contentType: string }
  | { kind: 'mismatch' }
  | { kind: 'in-progress' };

/** JSON with sorted keys, so the same body sent with its fields in another order is the same request. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** What a claim that is not ours answers: the recorded response again, or a refusal. */
function refusalOf(claim: Exclude<Claim, { kind: 'claimed' }>): ReplayedResponse | DomainError {
  switch (claim.kind) {
    case 'replay':
      return new ReplayedResponse(claim.status, claim.body, claim.contentType);
    case 'mismatch':
      return new DomainError(
        'IdempotencyKeyReused',
        'Unprocessable',
        'This Idempotency-Key was used with a different request.',
      );
    case 'in-progress':
      return new DomainError(
        'IdempotencyKeyInProgress',
        'Conflict',
        'A request with this Idempotency-Key is still being processed; retry shortly.',
      );
  }
}

/** The Idempotency-Key header, validated, or undefined when absent. */
export function idempotencyKeyOf(req: { headers: Record<string, string | string[] | undefined> }): string | undefined {
  const key = req.headers['idempotency-key'];
  if (key === undefined) return undefined;
  if (typeof key !== 'string' || key.length === 0 || key.length > 255) {
    throw validationFailed([{ path: 'Idempotency-Key', message: 'must be 1 to 255 characters' }]);
  }
  return key;
}

@Injectable()
export class IdempotencyStore {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async claim(principalId: string, key: string, requestHash: string): Promise<Claim> {
    const inserted: unknown[] = await this.dataSource.query(
      `INSERT INTO idempotency_records (principal_id, key, request_hash, state) VALUES ($1, $2, $3, 'pending')
       ON CONFLICT (principal_id, key) DO UPDATE SET request_hash = EXCLUDED.request_hash, updated_at = now()
         WHERE idempotency_records.state = 'pending'
           AND idempotency_records.request_hash = EXCLUDED.request_hash
           AND idempotency_records.updated_at < now() - make_interval(secs => ${STALE_PENDING_SECONDS})
       RETURNING 1`,
      [principalId, key, requestHash],
    );
    if (inserted.length > 0) return { kind: 'claimed' };
    const rows: {
      request_hash: string;
      state: string;
      status_code: number | null;
      body: unknown;
      content_type: string | null;
    }[] = await this.dataSource.query(
      `SELECT request_hash, state, status_code, body, content_type FROM idempotency_records WHERE principal_id = $1 AND key = $2`,
      [principalId, key],
    );
    const row = rows[0];
    if (!row) return this.claim(principalId, key, requestHash);
    if (row.request_hash !== requestHash) return { kind: 'mismatch' };
    if (row.state === 'pending') return { kind: 'in-progress' };
    return {
      kind: 'replay',
      status: row.status_code ?? 200,
      body: row.body,
      contentType: row.content_type ?? 'application/json',
    };
  }

  async complete(principalId: string, key: string, status: number, body: unknown, contentType: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE idempotency_records SET state = 'done', status_code = $3, body = $4::jsonb, content_type = $5, updated_at = now()
        WHERE principal_id = $1 AND key = $2`,
      [principalId, key, status, body === undefined ? null : JSON.stringify(body), contentType],
    );
  }

  /**
   * Idempotency for a streamed body whose identity is known only once it has been read (a multipart deposit):
   * `requestHash` describes what was received; a first request runs `commit` and records its answer; the same
   * key with the same content gets the first answer again (after `discard` undoes what this request stored);
   * another content is 422 IdempotencyKeyReused.
   */
  async afterReading<T>(
    principalId: string,
    key: string,
    requestHash: string,
    commit: () => Promise<T>,
    discard: () => Promise<void>,
    successStatus = 201,
  ): Promise<T> {
    const claim = await this.claim(principalId, key, requestHash);
    if (claim.kind !== 'claimed') {
      await discard();
      throw refusalOf(claim);
    }
    try {
      const result = await commit();
      await this.complete(principalId, key, successStatus, result, 'application/json');
      return result;
    } catch (error) {
      await this.recordFailure(principalId, key, error);
      throw error;
    }
  }

  /** A refusal is answered again as it was; a 5xx is not recorded, so a retry runs again. */
  async recordFailure(principalId: string, key: string, error: unknown): Promise<void> {
    const problem = toProblem(error);
    if (problem.status >= 500) await this.release(principalId, key);
    else await this.complete(principalId, key, problem.status, problem, PROBLEM_CONTENT_TYPE);
  }

  async release(principalId: string, key: string): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM idempotency_records WHERE principal_id = $1 AND key = $2 AND state = 'pending'`,
      [principalId, key],
    );
  }
}

/**
 * `Idempotency-Key` on a POST: the same key and body get the first answer again (status and body); the same
 * key with another body is 422 IdempotencyKeyReused. Answers of 5xx are not recorded, so a retry runs again.
 * Streamed (multipart) bodies are settled by their route with `IdempotencyStore.afterReading`.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly store: IdempotencyStore,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const req = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const res = context.switchToHttp().getResponse<Response>();
    if (req.method !== 'POST' || !req.principal) return next.handle();
    const key = idempotencyKeyOf(req);
    // Streamed (multipart) bodies are read by their route, which settles the key once it knows what it received.
    if (key === undefined || req.is('multipart/*')) return next.handle();
    const principalId = req.principal.principalId;
    const path = req.originalUrl.split('?')[0];
    const requestHash = createHash('sha256')
      .update(`${req.method} ${path}\n${canonicalJson(req.body)}`)
      .digest('hex');
    const successStatus = this.reflector.get<number | undefined>(HTTP_CODE_METADATA, context.getHandler()) ?? 201;

    return from(this.store.claim(principalId, key, requestHash)).pipe(
      mergeMap((claim) => {
        if (claim.kind !== 'claimed') throw refusalOf(claim);
        return next.handle().pipe(
          mergeMap(async (body) => {
            const status = res.statusCode >= 200 && res.statusCode !== 200 ? res.statusCode : successStatus;
            await this.store.complete(principalId, key, status, body, 'application/json');
            return body;
          }),
          catchError(async (error: unknown) => {
            await this.store.recordFailure(principalId, key, error);
            throw error;
          }),
        );
      }),
    );
  }
}
