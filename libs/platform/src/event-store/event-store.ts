import { Inject, Injectable } from '@nestjs/common';
import { DomainError, DomainEvent } from '@custody/kernel';
import { DataSource, EntityManager } from 'typeorm';
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

function isUniqueViolation(error: unknown): boolean {
  const code =
    (error as { code?: string; driverError?: { code?: string } }).driverError?.code ??
    (error as { code?: string }).code;
  return code === '23505';
}

/**
 * The append-only event store in PostgreSQL. `UNIQUE (stream_id, version)` gives optimistic concurrency:
 * an append based on a stale version fails with ConcurrencyConflict and writes nothing.
 */
@Injectable()
export class EventStore {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly metrics: PlatformMetrics,
  ) {}

  /**
   * Appends to one or several streams atomically. Pass `manager` to take part in a surrounding transaction;
   * otherwise the append runs in its own.
   */
  async append(appends: readonly StreamAppend[], metadata: EventMetadata = {}, manager?: EntityManager): Promise<void> {
    const rows = appends.flatMap((a) =>
      a.events.map((event, i) => ({
        streamType: a.streamType,
        streamId: a.streamId,
        version: a.expectedVersion + i + 1,
        event,
      })),
    );
    if (rows.length === 0) return;
    // One statement: atomic on its own (no BEGIN/COMMIT round trips when there is no surrounding transaction),
    // and the notification that wakes the projection runners is delivered at commit.
    const sql = `WITH appended AS (
        INSERT INTO events (stream_type, stream_id, version, type, data, metadata)
        SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::jsonb[], $6::jsonb[])
        RETURNING 1)
      SELECT pg_notify($7, '') FROM (SELECT 1) once`;
    const params = [
      rows.map((r) => r.streamType),
      rows.map((r) => r.streamId),
      rows.map((r) => r.version),
      rows.map((r) => r.event.type),
      rows.map((r) => JSON.stringify(r.event.data ?? {})),
      rows.map(() => JSON.stringify(metadata)),
      NOTIFY_CHANNEL,
    ];
    try {
      await (manager ?? this.dataSource.manager).query(sql, params);
    } catch (error) {
      if (isUniqueViolation(error)) throw concurrencyConflict(appends.map((a) => a.streamId).join(', '));
      throw error;
    }
    for (const r of rows) this.metrics.eventsAppended.inc({ stream_type: r.streamType, type: r.event.type });
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
