import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor, SetMetadata } from '@nestjs/common';
import { HTTP_CODE_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { Reflector } from '@nestjs/core';
import { createHash } from 'node:crypto';
import { DomainError } from '@custody/kernel';
import type { Response } from 'express';
import { Observable, from, lastValueFrom, map } from 'rxjs';
import { DataSource, EntityManager } from 'typeorm';
import { AuthenticatedRequest } from '../auth/access.decorator';
import { runInIdempotentScope } from '../commands/idempotent-scope';
import { PROBLEM_CONTENT_TYPE, toProblem } from './problem';
import { ReplayedResponse } from './problem.filter';
import { validationFailed } from './validation';

type Claim =
  | { kind: 'claimed' }
  | { kind: 'replay'; status: number; body: unknown; contentType: string }
  | { kind: 'mismatch' }
  | { kind: 'in-progress' };

/** How long a request waits for another one holding the same key before answering IdempotencyKeyInProgress. */
const KEY_WAIT_MS = 10_000;

/** What an idempotent request answered, to be recorded with its key. */
export interface RecordedAnswer {
  readonly status: number;
  readonly body: unknown;
  readonly contentType: string;
}

/** NUL and unpaired surrogates cannot be stored in jsonb: a recorded answer carries U+FFFD in their place. */
// eslint-disable-next-line no-control-regex -- matching NUL is the point
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
function storable(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(UNSTORABLE, '\ufffd');
  if (Array.isArray(value)) return value.map(storable);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([name, item]) => [storable(name), storable(item)]));
  }
  return value;
}
function storableJson(body: unknown): string | null {
  return body === undefined || body === null ? null : JSON.stringify(storable(body));
}

/** The answer without the fields that are shown once (a token): those never rest in an idempotency record. */
function withoutSecrets(body: unknown, secretFields: readonly string[]): unknown {
  if (secretFields.length === 0 || !body || typeof body !== 'object' || Array.isArray(body)) return body;
  return Object.fromEntries(Object.entries(body).filter(([name]) => !secretFields.includes(name)));
}

/** Fields of a route's answer that are secrets shown once: an idempotent replay answers without them. */
export const SECRET_FIELDS_KEY = 'custody:secret-fields';
export const SecretFields = (...fields: string[]): MethodDecorator => SetMetadata(SECRET_FIELDS_KEY, fields);

/** A counting semaphore: how many idempotent transactions may hold a pooled connection at once. */
class Slots {
  private readonly waiting: (() => void)[] = [];
  constructor(private free: number) {}
  async take(): Promise<void> {
    if (this.free > 0) {
      this.free -= 1;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }
  give(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.free += 1;
  }
}

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

/**
 * Idempotency-Key records. A keyed request runs in one transaction that claims the key, runs the command (its
 * events join the transaction, see IdempotentScope) and records the answer, then commits: a command that
 * committed has its key settled, and a request that died before COMMIT left nothing behind, so its retry runs
 * afresh at once. A second request with the same key waits on the first one's claim (the row lock) and then
 * answers what the first recorded.
 */
@Injectable()
export class IdempotencyStore {
  /** Each idempotent transaction holds a pooled connection while its command may need another: half the pool. */
  private readonly slots: Slots;

  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {
    const poolSize = (dataSource.options as { extra?: { max?: number } }).extra?.max ?? 10;
    this.slots = new Slots(Math.max(1, Math.floor(poolSize / 2)));
  }

  /**
   * Runs `work` once per (principal, key): the first request runs it and its answer is recorded in the same
   * transaction as its effects; the same key and request get the recorded answer (a ReplayedResponse thrown);
   * another request under the key is 422 IdempotencyKeyReused. A refusal (4xx) is recorded too; a 5xx is not.
   */
  async run(
    principalId: string,
    key: string,
    requestHash: string,
    work: () => Promise<RecordedAnswer>,
    options: { secretFields?: readonly string[]; onRefused?: () => Promise<void> } = {},
  ): Promise<RecordedAnswer> {
    await this.slots.take();
    let refusal: unknown;
    let failure: unknown;
    const runner = this.dataSource.createQueryRunner();
    try {
      await runner.connect();
      await runner.startTransaction();
      const claim = await this.claimIn(runner.manager, principalId, key, requestHash);
      if (claim.kind !== 'claimed') {
        await runner.rollbackTransaction();
        refusal = refusalOf(claim);
      } else {
        try {
          const answer = await runInIdempotentScope({ manager: runner.manager }, work);
          await this.recordIn(runner.manager, principalId, key, {
            ...answer,
            body: withoutSecrets(answer.body, options.secretFields ?? []),
          });
          await runner.commitTransaction();
          return answer;
        } catch (error) {
          failure = error;
          // A rollback on a connection that is gone fails too; the command's own error is the one to answer.
          if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
        }
      }
    } finally {
      await runner.release().catch(() => undefined);
      this.slots.give();
    }
    if (refusal !== undefined) {
      await options.onRefused?.();
      throw refusal;
    }
    await this.recordFailure(principalId, key, requestHash, failure);
    throw failure;
  }

  /** Claims the key inside `manager`'s transaction, or says what the key already holds. */
  private async claimIn(manager: EntityManager, principalId: string, key: string, requestHash: string): Promise<Claim> {
    await manager.query(`SET LOCAL lock_timeout = '${KEY_WAIT_MS}ms'`);
    let inserted: unknown[];
    try {
      // A claim left 'pending' by an older release is taken over: pending claims are never committed now.
      inserted = await manager.query(
        `INSERT INTO idempotency_records (principal_id, key, request_hash, state) VALUES ($1, $2, $3, 'pending')
         ON CONFLICT (principal_id, key) DO UPDATE SET request_hash = EXCLUDED.request_hash, updated_at = now()
           WHERE idempotency_records.state = 'pending'
         RETURNING 1`,
        [principalId, key, requestHash],
      );
    } catch (error) {
      if ((error as { driverError?: { code?: string } }).driverError?.code === '55P03') return { kind: 'in-progress' };
      throw error;
    }
    if (inserted.length > 0) return { kind: 'claimed' };
    const rows: {
      request_hash: string;
      status_code: number | null;
      body: unknown;
      content_type: string | null;
    }[] = await manager.query(
      `SELECT request_hash, status_code, body, content_type FROM idempotency_records WHERE principal_id = $1 AND key = $2`,
      [principalId, key],
    );
    const row = rows[0];
    if (!row) return { kind: 'in-progress' };
    if (row.request_hash !== requestHash) return { kind: 'mismatch' };
    return {
      kind: 'replay',
      status: row.status_code ?? 200,
      body: row.body,
      contentType: row.content_type ?? 'application/json',
    };
  }

  private async recordIn(manager: EntityManager, principalId: string, key: string, answer: RecordedAnswer) {
    await manager.query(
      `UPDATE idempotency_records SET state = 'done', status_code = $3, body = $4::jsonb, content_type = $5, updated_at = now()
        WHERE principal_id = $1 AND key = $2`,
      [principalId, key, answer.status, storableJson(answer.body), answer.contentType],
    );
  }

  /** A refusal is answered again as it was (recorded unless another request settled the key); a 5xx is not. */
  private async recordFailure(principalId: string, key: string, requestHash: string, error: unknown): Promise<void> {
    if (error instanceof ReplayedResponse) return;
    const problem = toProblem(error);
    if (problem.status >= 500) return;
    await this.dataSource.query(
      `INSERT INTO idempotency_records (principal_id, key, request_hash, state, status_code, body, content_type)
       VALUES ($1, $2, $3, 'done', $4, $5::jsonb, $6) ON CONFLICT (principal_id, key) DO NOTHING`,
      [principalId, key, requestHash, problem.status, storableJson(problem), PROBLEM_CONTENT_TYPE],
    );
  }

  /**
   * Idempotency for a streamed body whose identity is known only once it has been read (a multipart deposit):
   * `requestHash` describes what was received; a first request runs `commit` and records its answer in the
   * same transaction; the same key with the same content gets the first answer again (after `discard` undoes
   * what this request stored); another content is 422 IdempotencyKeyReused.
   */
  async afterReading<T>(
    principalId: string,
    key: string,
    requestHash: string,
    commit: () => Promise<T>,
    discard: () => Promise<void>,
    successStatus = 201,
  ): Promise<T> {
    const answer = await this.run(
      principalId,
      key,
      requestHash,
      async () => ({ status: successStatus, body: await commit(), contentType: 'application/json' }),
      { onRefused: discard },
    );
    return answer.body as T;
  }
}

/**
 * `Idempotency-Key` on a POST: the same key and body get the first answer again (status and body); the same
 * key with another body is 422 IdempotencyKeyReused. Answers of 5xx are not recorded, so a retry runs again.
 * Streamed (multipart) bodies are settled by their route with `IdempotencyStore.afterReading`.
 */
/** True for a handler taking `@Res()` without passthrough: it answers by itself, so nothing can be replayed. */
function writesOwnResponse(context: ExecutionContext): boolean {
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, context.getClass(), context.getHandler().name) ??
    {}) as Record<string, { data?: { passthrough?: boolean } }>;
  return Object.entries(args).some(
    ([key, arg]) => key.split(':')[0] === String(RouteParamtypes.RESPONSE) && !arg.data?.passthrough,
  );
}

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
    // Streamed (multipart) bodies are read by their route, which settles the key once it knows what it received;
    // a route writing its own response (MCP's transport) has no answer to record.
    if (key === undefined || req.is('multipart/*') || writesOwnResponse(context)) return next.handle();
    const principalId = req.principal.principalId;
    const path = req.originalUrl.split('?')[0];
    const requestHash = createHash('sha256')
      .update(`${req.method} ${path}\n${canonicalJson(req.body)}`)
      .digest('hex');
    const successStatus = this.reflector.get<number | undefined>(HTTP_CODE_METADATA, context.getHandler()) ?? 201;
    const secretFields = this.reflector.get<string[] | undefined>(SECRET_FIELDS_KEY, context.getHandler()) ?? [];

    return from(
      this.store.run(
        principalId,
        key,
        requestHash,
        async () => {
          const body = await lastValueFrom(next.handle(), { defaultValue: undefined });
          const status = res.statusCode >= 200 && res.statusCode !== 200 ? res.statusCode : successStatus;
          return { status, body, contentType: 'application/json' };
        },
        { secretFields },
      ),
    ).pipe(map((answer) => answer.body));
  }
}
