import { Inject, Injectable, Logger, OnModuleInit, Optional } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { notFound } from '@custody/kernel';
import { DataSource, EntityManager } from 'typeorm';
import { EVENT_COLUMNS, EventStore, projectionLockKey, toStoredEvent } from '../event-store/event-store';
import { PlatformMetrics } from '../observability/metrics';
import { Projection, ProjectionHandler } from './projection';

const BATCH = 500;

/**
 * Is any event at or below $3 still after the bookmark ($1, $2)? An index range scan on (transaction_id,
 * position) that starts at the bookmark: it reads only the lag, nothing when the projection is current.
 */
export const PENDING_UP_TO_SQL = `SELECT EXISTS (
    SELECT 1 FROM events
     WHERE (transaction_id, position) > ($1::xid8, $2::bigint) AND position <= $3::bigint
     ORDER BY transaction_id, position) AS pending`;

/**
 * The next batch after a bookmark, visible events only (below the oldest running transaction). Ordered by the
 * table's columns: the bare names would bind to the ::text output columns and sort as text.
 */
const BATCH_AFTER_SQL = (transactionId: string, position: string): string =>
  `SELECT ${EVENT_COLUMNS} FROM events
    WHERE (transaction_id, position) > (${transactionId}, ${position})
      AND transaction_id < pg_snapshot_xmin(pg_current_snapshot())
    ORDER BY events.transaction_id, events.position LIMIT ${BATCH}`;

export interface ProjectionStatus {
  readonly name: string;
  readonly position: string;
  /** Committed events not yet processed (counted up to 100,000). */
  readonly lagEvents: number;
  /** Age of the oldest unprocessed event, 0 when current. */
  readonly lagSeconds: number;
}

/**
 * Feeds projections from the event store. Events are read in (transaction_id, position) order and only below
 * the oldest running transaction, so an event whose transaction commits late is never skipped. The bookmark
 * moves in the same transaction as the projection's writes.
 */
@Injectable()
export class ProjectionRunner implements OnModuleInit {
  private readonly logger = new Logger(ProjectionRunner.name);
  private projectionsByName = new Map<string, Projection>();

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly discovery: DiscoveryService,
    private readonly metrics: PlatformMetrics,
    /** The store this process appends through: it applies the inline projections in each append. */
    @Optional() private readonly store?: EventStore,
  ) {}

  async onModuleInit(): Promise<void> {
    for (const wrapper of this.discovery.getProviders({ metadataKey: ProjectionHandler.KEY })) {
      const projection = wrapper.instance as Projection;
      this.projectionsByName.set(projection.name, projection);
    }
    this.store?.useInlineProjections([...this.projectionsByName.values()].filter((p) => p.inline !== false));
    if (this.names.length > 0) {
      await this.dataSource.query(
        `INSERT INTO projection_bookmarks (name) SELECT unnest($1::text[]) ON CONFLICT (name) DO NOTHING`,
        [this.names],
      );
    }
    this.metrics.gauge(
      'custody_projection_lag_events',
      'Committed events a projection has not processed yet',
      ['projection'],
      async (g) => {
        for (const s of await this.status()) g.set({ projection: s.name }, s.lagEvents);
      },
    );
    this.metrics.gauge(
      'custody_projection_lag_seconds',
      'Age of the oldest event a projection has not processed yet',
      ['projection'],
      async (g) => {
        for (const s of await this.status()) g.set({ projection: s.name }, s.lagSeconds);
      },
    );
  }

  get names(): string[] {
    return [...this.projectionsByName.keys()].sort();
  }

  private get(name: string): Projection {
    const projection = this.projectionsByName.get(name);
    if (!projection) throw notFound('ProjectionNotFound', `No projection named ${name}.`);
    return projection;
  }

  /** Brings every projection up to date with what is committed now. Tests call this to drain. */
  async catchUpAll(): Promise<number> {
    let total = 0;
    for (const name of await this.behind()) total += await this.catchUp(name);
    return total;
  }

  /**
   * The projections with a visible event after their bookmark (or no bookmark), in one query of O(projections)
   * index probes: a wake-up then opens a transaction only for those, not one per projection.
   */
  private async behind(): Promise<string[]> {
    if (this.names.length === 0) return [];
    const rows: { name: string }[] = await this.dataSource.query(
      `SELECT p.name FROM unnest($1::text[]) AS p (name)
         LEFT JOIN projection_bookmarks b ON b.name = p.name
        WHERE b.name IS NULL OR EXISTS (
          SELECT 1 FROM events e
           WHERE (e.transaction_id, e.position) > (b.transaction_id, b.position)
             AND e.transaction_id < pg_snapshot_xmin(pg_current_snapshot()))
        ORDER BY p.name`,
      [this.names],
    );
    return rows.map((r) => r.name);
  }

  /**
   * Processes every visible event after the bookmark. `lockTimeoutMs` bounds how long a reader waits for a
   * runner elsewhere that holds the bookmark (a rebuild, say); on timeout it returns what it did.
   * `skipIfBusy` does not wait at all: another runner is already moving this bookmark.
   */
  async catchUp(name: string, options: { lockTimeoutMs?: number; skipIfBusy?: boolean } = {}): Promise<number> {
    const projection = this.get(name);
    let total = 0;
    for (;;) {
      let read: number | undefined;
      try {
        read = await this.dataSource.transaction((m) => this.processBatch(projection, m, options));
      } catch (error) {
        if ((error as { driverError?: { code?: string } }).driverError?.code === '55P03') return total;
        throw error;
      }
      if (read === undefined) return total;
      total += read;
      if (read < BATCH) return total;
    }
  }

  /**
   * Has the projection processed every event committed up to `position`? Events are applied in commit order,
   * so one committed just now may wait behind a transaction still open elsewhere in the cluster. Costs O(lag):
   * an index range scan on (transaction_id, position) from the bookmark, empty when the projection is current.
   */
  private async hasProcessedUpTo(name: string, position: string): Promise<boolean> {
    const bookmark = await this.bookmarkOf(name);
    const rows: { pending: boolean }[] = await this.dataSource.query(PENDING_UP_TO_SQL, [
      bookmark.transaction_id,
      bookmark.position,
      position,
    ]);
    return !rows[0]?.pending;
  }

  private async bookmarkOf(name: string): Promise<{ transaction_id: string; position: string }> {
    const rows: { transaction_id: string; position: string }[] = await this.dataSource.query(
      `SELECT transaction_id::text, position::text FROM projection_bookmarks WHERE name = $1`,
      [name],
    );
    return rows[0] ?? { transaction_id: '0', position: '0' };
  }

  /**
   * Lets a list read see its caller's own writes. An inline projection (the default) already holds every
   * committed write: nothing to do, no query. Otherwise waits until the projection has processed every event
   * committed before the read began, at most `deadlineMs`; a reader helps only when no runner holds the
   * bookmark (it never queues behind the daemon's lock), then reads what is there.
   */
  async ensureCurrent(name: string, deadlineMs = 3000): Promise<void> {
    const projection = this.get(name);
    if (projection.inline !== false && this.store?.appliesInline(name)) return;
    await this.waitProcessed(name, deadlineMs, true);
  }

  private async waitProcessed(name: string, deadlineMs: number, skipIfBusy: boolean): Promise<void> {
    const rows: { head: string | null }[] = await this.dataSource.query(
      `SELECT max(position)::text AS head FROM events`,
    );
    const head = rows[0]?.head;
    if (!head) return;
    const deadline = Date.now() + deadlineMs;
    while (!(await this.hasProcessedUpTo(name, head))) {
      const processed = await this.catchUp(name, {
        lockTimeoutMs: Math.max(1, deadline - Date.now()),
        skipIfBusy,
      });
      if (Date.now() >= deadline) return;
      if (processed === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  /**
   * Is any committed event still unprocessed by some projection, including events held back behind a
   * transaction still open elsewhere in the cluster? The daemon then retries soon instead of at the next poll.
   */
  async hasPending(): Promise<boolean> {
    if (this.names.length === 0) return false;
    const rows: { pending: boolean }[] = await this.dataSource.query(
      `SELECT EXISTS (
         SELECT 1 FROM projection_bookmarks b
           JOIN LATERAL (
             SELECT 1 FROM events e WHERE (e.transaction_id, e.position) > (b.transaction_id, b.position) LIMIT 1) x ON true
          WHERE b.name = ANY($1::text[])) AS pending`,
      [this.names],
    );
    return rows[0]?.pending ?? false;
  }

  /**
   * Brings every projection up to every event committed before the call, waiting out transactions still open
   * elsewhere in the cluster (up to `deadlineMs` each). What tests use instead of sleeping.
   */
  async drain(deadlineMs = 10_000): Promise<void> {
    // Inline projections too: events may have been appended through a store that does not apply them.
    for (const name of this.names) await this.waitProcessed(name, deadlineMs, false);
  }

  /** Is anything committed and visible that this projection has not processed? */
  async isBehind(name: string): Promise<boolean> {
    const rows: { behind: boolean }[] = await this.dataSource.query(
      `SELECT EXISTS (
         SELECT 1 FROM (VALUES ($1::text)) AS p (name)
           LEFT JOIN projection_bookmarks b ON b.name = p.name
           JOIN LATERAL (
             SELECT 1 FROM events e
              WHERE (e.transaction_id, e.position) > (coalesce(b.transaction_id, '0'::xid8), coalesce(b.position, 0))
                AND e.transaction_id < pg_snapshot_xmin(pg_current_snapshot())
              LIMIT 1) pending ON true) AS behind`,
      [name],
    );
    return rows[0]?.behind ?? true;
  }

  /** Empties the projection and replays every event, in one transaction: readers see old rows or new ones. */
  async rebuild(name: string): Promise<{ name: string; eventsProcessed: number }> {
    const projection = this.get(name);
    const eventsProcessed = await this.dataSource.transaction(async (m) => {
      // Waits out the appends applying this projection inline, and holds the next ones until the rebuild commits.
      await m.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [projectionLockKey(projection.name)]);
      await this.lockBookmark(projection.name, m);
      await projection.reset(m);
      await m.query(
        `UPDATE projection_bookmarks SET transaction_id = '0'::xid8, position = 0, updated_at = now() WHERE name = $1`,
        [name],
      );
      let total = 0;
      for (;;) {
        const read = (await this.processBatch(projection, m)) ?? 0;
        total += read;
        if (read < BATCH) return total;
      }
    });
    this.logger.log(`Rebuilt projection ${name} from ${eventsProcessed} events`);
    return { name, eventsProcessed };
  }

  async status(): Promise<ProjectionStatus[]> {
    const result: ProjectionStatus[] = [];
    for (const name of this.names) {
      const rows: { position: string; lag_events: string; oldest: Date | null }[] = await this.dataSource.query(
        `SELECT b.position::text,
                (SELECT count(*) FROM (SELECT 1 FROM events e WHERE (e.transaction_id, e.position) > (b.transaction_id, b.position) LIMIT 100000) x) AS lag_events,
                (SELECT e.recorded_at FROM events e WHERE (e.transaction_id, e.position) > (b.transaction_id, b.position)
                  ORDER BY e.transaction_id, e.position LIMIT 1) AS oldest
           FROM projection_bookmarks b WHERE b.name = $1`,
        [name],
      );
      const row = rows[0];
      result.push({
        name,
        position: row?.position ?? '0',
        lagEvents: Number(row?.lag_events ?? 0),
        lagSeconds: row?.oldest ? Math.max(0, (Date.now() - row.oldest.getTime()) / 1000) : 0,
      });
    }
    return result;
  }

  private async lockBookmark(
    name: string,
    m: EntityManager,
    options: { lockTimeoutMs?: number; skipIfBusy?: boolean } = {},
  ): Promise<{ transaction_id: string; position: string } | undefined> {
    if (options.lockTimeoutMs !== undefined)
      await m.query(`SELECT set_config('lock_timeout', $1, true)`, [`${options.lockTimeoutMs}ms`]);
    const select = () =>
      m.query(
        `SELECT transaction_id::text, position::text FROM projection_bookmarks WHERE name = $1
            FOR UPDATE${options.skipIfBusy ? ' SKIP LOCKED' : ''}`,
        [name],
      ) as Promise<{ transaction_id: string; position: string }[]>;
    const rows = await select();
    if (rows[0]) return rows[0];
    // No bookmark (the runner creates them on start; a test or an operator may have removed one), or, when
    // skipping, one another runner holds: create it if missing, then look again (still skipping a held one).
    await m.query(`INSERT INTO projection_bookmarks (name) VALUES ($1) ON CONFLICT (name) DO NOTHING`, [name]);
    return (await select())[0];
  }

  /** Applies one batch after the bookmark; undefined when skipping a bookmark another runner holds. */
  private async processBatch(
    projection: Projection,
    m: EntityManager,
    options: { lockTimeoutMs?: number; skipIfBusy?: boolean } = {},
  ): Promise<number | undefined> {
    if (options.lockTimeoutMs !== undefined)
      await m.query(`SELECT set_config('lock_timeout', $1, true)`, [`${options.lockTimeoutMs}ms`]);
    // issue 10: lock the bookmark and read the batch after it in one round trip. No row: the bookmark is missing
    // or (skipping) held elsewhere; one row of nulls: nothing after it.
    const locked: ({ position: string | null } & Record<string, unknown>)[] = await m.query(
      `WITH bookmark AS (
         SELECT transaction_id, position FROM projection_bookmarks WHERE name = $1
            FOR UPDATE${options.skipIfBusy ? ' SKIP LOCKED' : ''})
       SELECT batch.* FROM bookmark LEFT JOIN LATERAL (${BATCH_AFTER_SQL('bookmark.transaction_id', 'bookmark.position')}) batch ON true`,
      [projection.name],
    );
    let rows = locked.filter((row) => row.position !== null);
    if (locked.length === 0) {
      const bookmark = await this.lockBookmark(projection.name, m, { skipIfBusy: options.skipIfBusy });
      if (!bookmark) return undefined;
      rows = await m.query(BATCH_AFTER_SQL('$1::xid8', '$2::bigint'), [bookmark.transaction_id, bookmark.position]);
    }
    if (rows.length === 0) return 0;
    const wanted = new Set(projection.eventTypes);
    const events = rows.map((row) => toStoredEvent(row as never)).filter((event) => wanted.has(event.type));
    if (projection.applyAll) await projection.applyAll(events, m);
    else for (const event of events) await projection.apply(event, m);
    const last = rows[rows.length - 1];
    await m.query(
      `UPDATE projection_bookmarks SET transaction_id = $2::xid8, position = $3::bigint, updated_at = now() WHERE name = $1`,
      [projection.name, last.transaction_id, last.position],
    );
    this.metrics.projectionEventsApplied.inc({ projection: projection.name }, rows.length);
    return rows.length;
  }
}
