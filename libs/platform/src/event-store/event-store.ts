import { Inject, Injectable } from '@nestjs/common';
import { DomainError, DomainEvent } from '@custody/kernel';
import type { QueryResultRow } from 'pg';
import { DataSource, EntityManager } from 'typeorm';
import { runStatement } from '../database/prepared-reads';
import { PlatformMetrics } from '../observability/metrics';

export interface EventMetadata {
  readonly correlationId?: string;
  readonly causationId?: string;
  readonly principalId?: string;
  readonly idempotencyKey?: string;
  readonly [key: string]: unknown;
}

export interface StreamAppend {
  readonly streamType: string;
  readonly streamId: string;
  /** The version the caller's decision was based on; 0 for a new stream. */
  readonly expectedVersion: number;
  readonly events: readonly DomainEvent[];
  /** This append's own metadata, when one statement carries the appends of several commands. */
  readonly metadata?: EventMetadata;
}

export interface StoredEvent<TEvent extends DomainEvent = DomainEvent> {
  readonly position: string;
  readonly transactionId: string;
  readonly streamType: string;
  readonly streamId: string;
  readonly version: number;
  readonly type: TEvent['type'];
  readonly schemaVersion: number;
  readonly data: TEvent['data'];
  readonly metadata: EventMetadata;
  readonly recordedAt: string;
}

export interface LoadedStream<TEvent extends DomainEvent = DomainEvent> {
  readonly version: number;
  readonly events: readonly TEvent[];
}

export const concurrencyConflict = (streamId: string): DomainError =>
  new DomainError(
    'ConcurrencyConflict',
    'Conflict',
    `Stream ${streamId} was changed by someone else; reload and retry.`,
  );

export const NOTIFY_CHANNEL = 'custody_events';

/** A large append (a lineage batch) carries this many projection writes in its statement; the rest run after. */
const MAX_CARRIED_WRITES = 32;

/**
 * Appends of at most this many events, all of one type, run as named (prepared) statements: their texts are few
 * (one per event type, projection shape and count), so each pooled connection parses and plans each once. Others
 * (lineage batches, mixed appends, whose texts vary) stay unnamed: no connection collects an unbounded set.
 */
const MAX_PREPARED_EVENTS = 16;

/**
 * Shared appends (see `appendShared`): how many statements may be in flight while the next waits to fill, how
 * many a full one may join (a full statement never waits: under load the rate must not be bounded by
 * SHARED_IN_FLIGHT statements per round trip), and how many events one may carry (every one of them a stream's
 * first, so each carries its projection writes: ≤ MAX_CARRIED_WRITES).
 */
const SHARED_IN_FLIGHT = 2;
const SHARED_MAX_IN_FLIGHT = 8;
const SHARED_MAX_EVENTS = 8;

interface SharedAppend {
  readonly appends: readonly StreamAppend[];
  readonly events: number;
  resolve(): void;
  reject(error: unknown): void;
}

interface EventRow {
  position: string;
  transaction_id: string;
  stream_type: string;
  stream_id: string;
  version: number;
  type: string;
  schema_version: number;
  data: unknown;
  metadata: EventMetadata;
  recorded_at: Date;
}

/** What an append gets back when events are applied after it: only the columns PostgreSQL assigns. */
interface AssignedRow {
  position: string;
  transaction_id: string;
  stream_id: string;
  version: number;
  schema_version: number;
  recorded_at: Date;
}

export const EVENT_COLUMNS = `position::text, transaction_id::text, stream_type, stream_id, version, type, schema_version, data, metadata, recorded_at`;

export function toStoredEvent(row: EventRow): StoredEvent {
  return {
    position: row.position,
    transactionId: row.transaction_id,
    streamType: row.stream_type,
    streamId: row.stream_id,
    version: row.version,
    type: row.type,
    schemaVersion: row.schema_version,
    data: row.data,
    metadata: row.metadata,
    recordedAt: row.recorded_at.toISOString(),
  };
}

/** Orders bigint positions given as decimal text. */
export function comparePositions(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

function isUniqueViolation(error: unknown): boolean {
  const code =
    (error as { code?: string; driverError?: { code?: string } }).driverError?.code ??
    (error as { code?: string }).code;
  return code === '23505';
}

/** An event about to be appended: what is known of it before PostgreSQL gives it a position. */
export interface PendingEvent {
  readonly streamType: string;
  readonly streamId: string;
  readonly version: number;
  readonly type: string;
  readonly data: unknown;
}

/** A pending event as the writes riding in its append's statement see it. */
export interface CarriedEvent extends PendingEvent {
  /**
   * This event's data as a jsonb expression of the append's own statement: a write riding in it can unnest a
   * large event (a lineage batch) in SQL instead of sending its content a second time.
   */
  readonly dataSql: string;
}

/**
 * The command's own data-modifying statements for one of the events it appends (e.g. staging tables written from
 * the event's data), run in the append's statement: one round trip for both. They run in one snapshot beside the
 * append and the carried projection writes, so they must not depend on each other's effects.
 */
export type WritesWithAppend = (event: CarriedEvent, param: (value: unknown) => string) => readonly string[];

/** What the store needs of a projection to apply it inline (the projection runner hands them over). */
export interface InlineProjection {
  readonly name: string;
  readonly eventTypes: readonly string[];
  apply(event: StoredEvent, manager: EntityManager): Promise<void>;
  /**
   * The data-modifying statement(s) `apply` would run for this event, when they need nothing read first and
   * nothing the append assigns (position, transaction, time), and touch only this event's own rows or rows any
   * order of writes leaves the same (inserts that do nothing on conflict); placeholders come from `param`. The
   * store then runs them in the append's own statement: one round trip for all. Writes of one statement cannot
   * see each other. Undefined: the store calls `apply` after the append.
   */
  writeWithAppend?(event: CarriedEvent, param: (value: unknown) => string): string | readonly string[] | undefined;
}

/**
 * The advisory lock key of a projection: appends that apply it inline hold it shared, a rebuild holds it
 * exclusively, so a rebuild never interleaves with an inline apply on the rows it is replacing.
 */
export const projectionLockKey = (name: string): string => `custody.projection:${name}`;

/**
 * The append-only event store in PostgreSQL. `UNIQUE (stream_id, version)` gives optimistic concurrency:
 * an append based on a stale version fails with ConcurrencyConflict and writes nothing.
 *
 * Read-your-writes: the projections handed over by `useInlineProjections` are applied in the append's own
 * transaction, so a list read right after a write needs no catch-up and no query on `events` at all.
 *
 * Wake-ups: the projection daemon is woken by a NOTIFY sent after commit from a separate statement, at most one
 * in flight per process (coalesced). A NOTIFY inside the appending transaction would take PostgreSQL's global
 * notification-queue lock until that commit is flushed, one commit after the other, defeating group commit.
 */
@Injectable()
export class EventStore {
  private inline: readonly InlineProjection[] = [];
  private notifying = false;
  private notifyAgain = false;
  private readonly sharedQueue: SharedAppend[] = [];
  private sharedInFlight = 0;

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly metrics: PlatformMetrics,
  ) {}

  /** Makes every later append apply these projections to its events in the same transaction. */
  useInlineProjections(projections: readonly InlineProjection[]): void {
    this.inline = [...projections];
  }

  /** Does this store keep the named projection current inside every append? */
  appliesInline(name: string): boolean {
    return this.inline.some((p) => p.name === name);
  }

  /**
   * Appends to one or several streams atomically. Pass `manager` to take part in a surrounding transaction
   * (then call `committed()` once it commits, so the daemon wakes); otherwise the append runs in its own.
   */
  async append(
    appends: readonly StreamAppend[],
    metadata: EventMetadata = {},
    manager?: EntityManager,
    alongside?: WritesWithAppend,
  ): Promise<void> {
    const rows = appends.flatMap((a) => {
      const metadataJson = JSON.stringify(a.metadata ?? metadata);
      return a.events.map((event, i) => ({
        streamType: a.streamType,
        streamId: a.streamId,
        version: a.expectedVersion + i + 1,
        event,
        metadataJson,
      }));
    });
    if (rows.length === 0) return;
    const prepared = rows.length <= MAX_PREPARED_EVENTS && rows.every((r) => r.event.type === rows[0].event.type);
    const types = new Set(rows.map((r) => r.event.type));
    const interested = this.inline.filter((p) => p.eventTypes.some((t) => types.has(t)));
    const dataJson = rows.map((r) => JSON.stringify(r.event.data ?? {}));
    const params: unknown[] = [
      rows.map((r) => r.streamType),
      rows.map((r) => r.streamId),
      rows.map((r) => r.version),
      rows.map((r) => r.event.type),
      // The events' data as one JSON array text, not a text[] of JSON texts: the driver would escape every quote
      // of each (a lineage batch is ~100 KB of them) and PostgreSQL parse the array literal before the JSON.
      `[${dataJson.join(',')}]`,
      rows.map((r) => r.metadataJson),
    ];
    const insert = `INSERT INTO events (stream_type, stream_id, version, type, data, metadata)
        SELECT e.stream_type, e.stream_id, e.version, e.type, $5::jsonb -> (e.i::int - 1), e.metadata
          FROM unnest($1::text[], $2::text[], $3::int[], $4::text[], $6::jsonb[]) WITH ORDINALITY
               AS e (stream_type, stream_id, version, type, metadata, i)`;
    const inTransaction = manager?.queryRunner?.isTransactionActive === true;
    try {
      if (interested.length === 0 && !alongside) {
        // One statement: atomic on its own, no BEGIN/COMMIT round trips when there is no surrounding transaction.
        await this.run(insert, params, prepared, manager);
      } else {
        const lockKeys = `$${params.push(interested.map((p) => projectionLockKey(p.name)))}`;
        const param = (value: unknown) => `$${params.push(value)}`;
        // issue 10: the projection writes known before the append ride in its statement; the rest run after it.
        const writes: string[] = [];
        const after: { index: number; projection: InlineProjection }[] = [];
        const streamsSeen = new Set<string>();
        rows.forEach((r, index) => {
          const pending: CarriedEvent = {
            ...r,
            type: r.event.type,
            data: r.event.data ?? {},
            dataSql: `($5::jsonb -> ${index})`,
          };
          if (alongside) writes.push(...alongside(pending, param));
          // Writes in one statement cannot see each other: only a stream's first event here may ride in it, so
          // every later one (applied after the statement) sees what the earlier ones wrote.
          const firstOfItsStream = !streamsSeen.has(r.streamId);
          streamsSeen.add(r.streamId);
          for (const projection of interested) {
            if (!projection.eventTypes.includes(r.event.type)) continue;
            const write =
              firstOfItsStream && writes.length < MAX_CARRIED_WRITES
                ? projection.writeWithAppend?.(pending, param)
                : undefined;
            if (write === undefined) after.push({ index, projection });
            else writes.push(...(typeof write === 'string' ? [write] : write));
          }
        });
        // The shared locks keep a rebuild (which holds them exclusively) from interleaving with these writes; a
        // write taking its row before the lock is granted is harmless: the rebuild cannot see this stream yet.
        // Only what PostgreSQL assigns comes back: with nothing to apply after it, one count; otherwise the
        // assigned columns, not the data (issue 11: a lineage batch's ~100 KB would come back as much again), and
        // the events applied after the statement are rebuilt from what was sent.
        const returning =
          after.length === 0
            ? 'position'
            : 'position::text, transaction_id::text, stream_id, version, schema_version, recorded_at';
        const statement = `WITH guard AS (
               SELECT count(pg_advisory_xact_lock_shared(hashtextextended(key, 0))) AS held FROM unnest(${lockKeys}::text[]) key),
             appended AS (${insert} RETURNING ${returning})${writes.map((w, i) => `,\n             write_${i} AS (${w})`).join('')}
             SELECT ${after.length === 0 ? 'count(*)' : 'appended.*'} FROM appended, guard`;
        const applyInline = async (m: EntityManager | undefined) => {
          const assigned = await this.run<AssignedRow>(statement, params, prepared, m);
          if (after.length === 0 || !m) return;
          // RETURNING lists rows in no promised order: match them to the appends by (stream, version).
          const byKey = new Map(assigned.map((row) => [`${row.version}:${row.stream_id}`, row]));
          const storedOf = (index: number): StoredEvent => {
            const row = byKey.get(`${rows[index].version}:${rows[index].streamId}`)!;
            return {
              position: row.position,
              transactionId: row.transaction_id,
              streamType: rows[index].streamType,
              streamId: rows[index].streamId,
              version: rows[index].version,
              type: rows[index].event.type,
              schemaVersion: row.schema_version,
              // As read back from jsonb: the text sent, parsed (what the daemon would hand the projection).
              data: JSON.parse(dataJson[index]) as unknown,
              metadata: JSON.parse(rows[index].metadataJson) as EventMetadata,
              recordedAt: row.recorded_at.toISOString(),
            };
          };
          const inOrder = after
            .map(({ index, projection }) => ({ event: storedOf(index), projection }))
            .sort((a, b) => comparePositions(a.event.position, b.event.position));
          for (const { event, projection } of inOrder) await projection.apply(event, m);
        };
        if (inTransaction) await applyInline(manager!);
        // A single statement is atomic on its own: no BEGIN/COMMIT round trips.
        else if (after.length === 0) await applyInline(undefined);
        else await this.dataSource.transaction(applyInline);
      }
    } catch (error) {
      if (isUniqueViolation(error)) throw concurrencyConflict(appends.map((a) => a.streamId).join(', '));
      throw error;
    }
    if (!inTransaction) this.committed();
    for (const r of rows) this.metrics.eventsAppended.inc({ stream_type: r.streamType, type: r.event.type });
  }

  /**
   * An append that needs no surrounding transaction (a new stream's first events, decided alone), which may
   * share its statement, and so its commit, with the appends of other commands arriving meanwhile: group commit
   * in the store (issue 10). While SHARED_IN_FLIGHT statements are under way the next appends wait and then go
   * together in one, so under load a commit's WAL flush and round trip serve many commands; alone, an append
   * goes at once, and so does a statement's worth of waiting appends (up to SHARED_MAX_IN_FLIGHT). Each resolves
   * once its statement committed. A shared statement that fails is run again append by append, so each command
   * gets its own answer (a conflict, a refusal) and no command fails for another's.
   */
  appendShared(appends: readonly StreamAppend[], metadata: EventMetadata = {}): Promise<void> {
    const own = appends.map((a) => ({ ...a, metadata: a.metadata ?? metadata }));
    const events = own.reduce((n, a) => n + a.events.length, 0);
    if (events === 0) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      this.sharedQueue.push({ appends: own, events, resolve, reject });
      this.sendShared();
    });
  }

  private sendShared(): void {
    while (
      this.sharedQueue.length > 0 &&
      (this.sharedInFlight < SHARED_IN_FLIGHT ||
        (this.sharedInFlight < SHARED_MAX_IN_FLIGHT && this.sharedQueueFills()))
    ) {
      const batch: SharedAppend[] = [this.sharedQueue.shift()!];
      let events = batch[0].events;
      while (this.sharedQueue.length > 0 && events + this.sharedQueue[0].events <= SHARED_MAX_EVENTS) {
        events += this.sharedQueue[0].events;
        batch.push(this.sharedQueue.shift()!);
      }
      this.sharedInFlight += 1;
      void this.appendBatch(batch).finally(() => {
        this.sharedInFlight -= 1;
        this.sendShared();
      });
    }
  }

  /** Do the waiting appends fill a statement? */
  private sharedQueueFills(): boolean {
    let events = 0;
    for (const waiting of this.sharedQueue) {
      events += waiting.events;
      if (events >= SHARED_MAX_EVENTS) return true;
    }
    return false;
  }

  private async appendBatch(batch: readonly SharedAppend[]): Promise<void> {
    try {
      await this.append(batch.flatMap((b) => b.appends));
      for (const b of batch) b.resolve();
    } catch (error) {
      if (batch.length === 1) {
        batch[0].reject(error);
        return;
      }
      // One append's conflict or refusal fails the whole statement, which wrote nothing: each again on its own.
      await Promise.all(batch.map((b) => this.append(b.appends).then(b.resolve, b.reject)));
    }
  }

  /** One append statement, straight on node-postgres (see `runStatement`); `prepared`: see MAX_PREPARED_EVENTS. */
  private run<TRow extends QueryResultRow>(
    text: string,
    values: unknown[],
    prepared: boolean,
    manager: EntityManager | undefined,
  ): Promise<TRow[]> {
    return runStatement<TRow>(
      this.dataSource,
      { text, values },
      { preparedAs: prepared ? 'custody_append' : undefined, manager },
    );
  }

  /**
   * Tells the projection daemons that events were committed. Coalesced: while one NOTIFY is in flight, further
   * calls only ask for one more after it, so a burst of commits costs one or two NOTIFYs, not one each.
   */
  committed(): void {
    if (this.notifying) {
      this.notifyAgain = true;
      return;
    }
    this.notifying = true;
    void (async () => {
      do {
        this.notifyAgain = false;
        if (!this.dataSource.isInitialized) break;
        // A lost wake-up costs at most the daemon's poll interval; it must never fail the command that committed.
        // NOTIFY takes a transaction id, so its commit would wait for a WAL flush of its own (another fsync beside
        // every command's): a wake-up needs no durability, so this one commit does not wait (issue 10).
        await this.dataSource
          .query(`SELECT set_config('synchronous_commit', 'off', true), pg_notify($1, '')`, [NOTIFY_CHANNEL])
          .catch(() => undefined);
      } while (this.notifyAgain);
      this.notifying = false;
    })();
  }

  async load<TEvent extends DomainEvent>(streamId: string, manager?: EntityManager): Promise<LoadedStream<TEvent>> {
    const rows: { version: number; type: string; data: unknown }[] = await (manager ?? this.dataSource.manager).query(
      `SELECT version, type, data FROM events WHERE stream_id = $1 ORDER BY version`,
      [streamId],
    );
    return {
      version: rows.length === 0 ? 0 : rows[rows.length - 1].version,
      events: rows.map((r) => ({ type: r.type, data: r.data }) as TEvent),
    };
  }

  /**
   * Takes the stream's transaction-scoped advisory lock and loads it, in one round trip (see the migration
   * LockAndLoadStream). `manager` must be inside a transaction: the lock lasts until its commit.
   */
  async lockAndLoad<TEvent extends DomainEvent>(
    streamId: string,
    manager: EntityManager,
  ): Promise<LoadedStream<TEvent>> {
    const rows: { version: number; type: string; data: unknown }[] = await manager.query(
      `SELECT version, type, data FROM custody_lock_and_load_stream($1)`,
      [streamId],
    );
    return {
      version: rows.length === 0 ? 0 : rows[rows.length - 1].version,
      events: rows.map((r) => ({ type: r.type, data: r.data }) as TEvent),
    };
  }

  /** Every event of a stream with its envelope, for reads that show history. */
  async loadStored(streamId: string, manager?: EntityManager): Promise<StoredEvent[]> {
    const rows: EventRow[] = await (manager ?? this.dataSource.manager).query(
      `SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id = $1 ORDER BY version`,
      [streamId],
    );
    return rows.map(toStoredEvent);
  }

  /** The stream's type and version, or undefined when the stream does not exist. */
  async head(streamId: string, manager?: EntityManager): Promise<{ streamType: string; version: number } | undefined> {
    const rows: { stream_type: string; version: number }[] = await (manager ?? this.dataSource.manager).query(
      `SELECT stream_type, version FROM events WHERE stream_id = $1 ORDER BY version DESC LIMIT 1`,
      [streamId],
    );
    return rows[0] ? { streamType: rows[0].stream_type, version: rows[0].version } : undefined;
  }
}
