import { Inject, Injectable } from '@nestjs/common';
import { Clock, Decider, DomainError, DomainEvent, IdGenerator, fold } from '@custody/kernel';
import { DataSource, EntityManager } from 'typeorm';
import { EventStore, StreamAppend } from '../event-store/event-store';
import { CLOCK, ID_GENERATOR } from '../ids/tokens';
import { CommandMeta, eventMetadata } from './command-meta';
import { currentIdempotentScope } from './idempotent-scope';

export interface Decision<TState, TEvent> {
  readonly state: TState;
  readonly events: readonly TEvent[];
  /** The stream version after the append. */
  readonly version: number;
}

/** How to fold a stream: the aggregate's pure `evolve` and `initialState`. */
export interface Fold<TState, TEvent> {
  readonly evolve: (state: TState, event: TEvent) => TState;
  readonly initialState: TState;
}

export interface ExecuteOptions<TState, TCommand, TEvent extends DomainEvent, TContext> {
  readonly decider: Decider<TState, TCommand, TEvent, TContext>;
  readonly streamType: string;
  readonly streamId: string;
  readonly command: TCommand;
  readonly meta: CommandMeta;
  /** Loads the facts from elsewhere the decision needs; runs inside the command's transaction. */
  readonly loadContext?: (state: TState, unit: UnitOfWork) => Promise<TContext>;
  /**
   * The stream id was made by this command just now, so no one else can hold or read the stream: nothing to
   * lock or load (the unique (stream, version) still refuses a second first event). Without `loadContext` the
   * command is then one statement: the append carrying its inline projections, no transaction around it.
   */
  readonly newStream?: boolean;
}

/**
 * One command's transaction over one or several streams. Every stream it loads is locked until commit (a
 * transaction-scoped advisory lock on the stream id), so two commands whose guards read the same aggregates
 * run one after the other and never both pass a guard the other would have failed. Appends carry the version
 * that was loaded, as a second line of defence.
 */
export class UnitOfWork {
  private readonly versions = new Map<string, number>();
  private readonly locked = new Set<string>();
  private readonly staged: StreamAppend[] = [];

  constructor(
    readonly manager: EntityManager,
    readonly now: string,
    private readonly generateId: () => string,
    private readonly store: EventStore,
  ) {}

  newId(): string {
    return this.generateId();
  }

  /** The decision deps for a decider: this unit's clock reading and id source. */
  get deps(): { now: string; newId: () => string } {
    return { now: this.now, newId: () => this.generateId() };
  }

  /** Locks streams in a stable order (avoids deadlocks when a command touches several). */
  async lock(streamIds: readonly string[]): Promise<void> {
    const fresh = [...new Set(streamIds)].filter((id) => !this.locked.has(id)).sort();
    for (const id of fresh) {
      await this.manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [id]);
      this.locked.add(id);
    }
  }

  /** Locks, loads and folds a stream. */
  async load<TState, TEvent extends DomainEvent>(
    aggregate: Fold<TState, TEvent>,
    streamId: string,
  ): Promise<{ state: TState; version: number }> {
    // issue 10: lock and first read in one round trip; a stream locked before is read as usual.
    const stream = this.locked.has(streamId)
      ? await this.store.load<TEvent>(streamId, this.manager)
      : await this.store.lockAndLoad<TEvent>(streamId, this.manager);
    this.locked.add(streamId);
    this.versions.set(streamId, stream.version);
    return { state: fold(aggregate.evolve, aggregate.initialState, stream.events), version: stream.version };
  }

  /** A stream this command's own fresh id names: known to be empty, so neither locked nor read. */
  create<TState>(aggregate: { readonly initialState: TState }, streamId: string): { state: TState; version: number } {
    if (this.versions.has(streamId)) throw new Error(`create of ${streamId}, which this unit of work already holds`);
    this.versions.set(streamId, 0);
    return { state: aggregate.initialState, version: 0 };
  }

  /** Stages events for a stream this unit loaded (a new stream counts as loaded at version 0). */
  append(streamType: string, streamId: string, events: readonly DomainEvent[]): void {
    if (events.length === 0) return;
    const expectedVersion = this.versions.get(streamId);
    if (expectedVersion === undefined) throw new Error(`append to ${streamId}, which this unit of work did not load`);
    this.staged.push({ streamType, streamId, expectedVersion, events });
    this.versions.set(streamId, expectedVersion + events.length);
  }

  /** The version a loaded stream will have after commit. */
  versionOf(streamId: string): number {
    return this.versions.get(streamId) ?? 0;
  }

  async flush(meta: CommandMeta): Promise<void> {
    if (this.staged.length > 0) await this.store.append(this.staged, eventMetadata(meta), this.manager);
    this.staged.length = 0;
  }
}

const MAX_ATTEMPTS = 5;

function isRetryable(error: unknown): boolean {
  if (error instanceof DomainError) return error.code === 'ConcurrencyConflict';
  const code =
    (error as { driverError?: { code?: string }; code?: string }).driverError?.code ??
    (error as { code?: string }).code;
  return code === '40P01' || code === '40001';
}

/**
 * A command's way through the store: load (and lock) the streams → fold → load context → decide → append
 * with the expected versions, all in one transaction. A conflict or deadlock with a concurrent command makes
 * the whole thing run again on the new state, so the loser sees the domain's own refusal (e.g.
 * AssetCannotActivate) rather than a bare conflict.
 */
@Injectable()
export class AggregateRepository {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  /** Reads and folds a stream without locking (queries). */
  async load<TState, TEvent extends DomainEvent>(
    aggregate: Fold<TState, TEvent>,
    streamId: string,
    manager?: EntityManager,
  ): Promise<{ state: TState; version: number }> {
    const stream = await this.store.load<TEvent>(streamId, manager);
    return { state: fold(aggregate.evolve, aggregate.initialState, stream.events), version: stream.version };
  }

  /** Runs `work` in a unit of work over any number of streams, retrying on conflict; appends what it staged. */
  async transact<T>(meta: CommandMeta, work: (unit: UnitOfWork) => Promise<T>): Promise<T> {
    const scope = currentIdempotentScope();
    if (scope) return this.transactWithin(scope.manager, meta, work);
    for (let attempt = 1; ; attempt++) {
      try {
        const result = await this.dataSource.transaction(async (manager) => {
          const unit = new UnitOfWork(manager, this.clock.now(), () => this.ids.newId(), this.store);
          const outcome = await work(unit);
          await unit.flush(meta);
          return outcome;
        });
        // issue 10: wake the projection daemons after commit (the store's NOTIFY is coalesced, outside the commit).
        this.store.committed();
        return result;
      } catch (error) {
        if (!isRetryable(error) || attempt >= MAX_ATTEMPTS) throw error;
      }
    }
  }

  /**
   * Inside an idempotent request's transaction (see IdempotentScope): the unit joins it, so the events commit
   * with the settled key. Each attempt is a savepoint, so a conflict retries without losing the claim.
   */
  private async transactWithin<T>(
    manager: EntityManager,
    meta: CommandMeta,
    work: (unit: UnitOfWork) => Promise<T>,
  ): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      await manager.query('SAVEPOINT custody_unit');
      try {
        const unit = new UnitOfWork(manager, this.clock.now(), () => this.ids.newId(), this.store);
        const result = await work(unit);
        await unit.flush(meta);
        await manager.query('RELEASE SAVEPOINT custody_unit');
        return result;
      } catch (error) {
        await manager.query('ROLLBACK TO SAVEPOINT custody_unit');
        await manager.query('RELEASE SAVEPOINT custody_unit');
        if (!isRetryable(error) || attempt >= MAX_ATTEMPTS) throw error;
      }
    }
  }

  /** The common case: one decider over one stream. */
  async execute<TState, TCommand, TEvent extends DomainEvent, TContext>(
    options: ExecuteOptions<TState, TCommand, TEvent, TContext>,
  ): Promise<Decision<TState, TEvent>> {
    if (options.newStream && !options.loadContext && !currentIdempotentScope()) {
      const decision = await this.createAlone(options);
      if (decision) return decision;
      // The stream exists after all: load it like any other, so the decider sees it.
      return this.execute({ ...options, newStream: false });
    }
    return this.transact(options.meta, async (unit) => {
      const { state, version } = options.newStream
        ? unit.create(options.decider, options.streamId)
        : await unit.load(options.decider, options.streamId);
      const context = options.loadContext ? await options.loadContext(state, unit) : (undefined as TContext);
      const events = options.decider.decide(state, options.command, context, unit.deps);
      unit.append(options.streamType, options.streamId, events);
      return { state: fold(options.decider.evolve, state, events), events, version: version + events.length };
    });
  }

  /**
   * A new stream's first events with no facts to read: decide on the initial state and append in one statement
   * (issue 10: one round trip instead of BEGIN, lock-and-load, append, projection, COMMIT). Undefined when the
   * stream turned out to exist after all; the caller then runs the usual way, so the decider sees it.
   */
  private async createAlone<TState, TCommand, TEvent extends DomainEvent, TContext>(
    options: ExecuteOptions<TState, TCommand, TEvent, TContext>,
  ): Promise<Decision<TState, TEvent> | undefined> {
    const state = options.decider.initialState;
    const events = options.decider.decide(state, options.command, undefined as TContext, {
      now: this.clock.now(),
      newId: () => this.ids.newId(),
    });
    try {
      // issue 10: may share its statement (and commit) with other commands' creates arriving meanwhile.
      await this.store.appendShared(
        [{ streamType: options.streamType, streamId: options.streamId, expectedVersion: 0, events }],
        eventMetadata(options.meta),
      );
    } catch (error) {
      if (error instanceof DomainError && error.code === 'ConcurrencyConflict') return undefined;
      throw error;
    }
    return { state: fold(options.decider.evolve, state, events), events, version: events.length };
  }
}
