import { AsyncLocalStorage } from 'node:async_hooks';
import { DataSource, EntityManager } from 'typeorm';

/**
 * The transaction an idempotent request runs in: its Idempotency-Key is claimed in it, the command's events
 * are appended in it, and the answer is recorded in it, so "the command committed" and "the key is settled"
 * are one fact. A crash before COMMIT leaves neither; after it, both.
 */
export interface IdempotentScope {
  readonly manager: EntityManager;
}

const scopes = new AsyncLocalStorage<IdempotentScope>();

export function runInIdempotentScope<T>(scope: IdempotentScope, work: () => Promise<T>): Promise<T> {
  return scopes.run(scope, work);
}

/** The transaction of the idempotent request being served, if any. */
export function currentIdempotentScope(): IdempotentScope | undefined {
  return scopes.getStore();
}

/** Where a write that belongs to the current request goes: its idempotent transaction, or the pool. */
export function ambientManager(dataSource: DataSource): EntityManager {
  return currentIdempotentScope()?.manager ?? dataSource.manager;
}
