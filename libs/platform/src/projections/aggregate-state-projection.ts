import { DomainEvent } from '@custody/kernel';
import { EntityManager } from 'typeorm';
import { PendingEvent, StoredEvent } from '../event-store/event-store';
import { Projection } from './projection';

/**
 * A read model that keeps each aggregate's folded state (by the aggregate's own pure `evolve`) in a table
 * `(stream_id uuid primary key, version integer, state jsonb, ...indexed columns)`. Lists then show exactly
 * what a single GET shows, and applying is idempotent: an event at or below the row's version is skipped.
 */
export abstract class AggregateStateProjection<TState, TEvent extends DomainEvent = DomainEvent> implements Projection {
  abstract readonly name: string;
  abstract readonly eventTypes: readonly string[];
  /** Table name (a trusted constant, never input). */
  protected abstract readonly table: string;
  protected abstract readonly initialState: TState;
  protected abstract evolve(state: TState, event: TEvent): TState;
  /** Columns kept beside the state for filtering and sorting, derived from the state. */
  protected abstract columns(state: TState): Record<string, unknown>;

  async apply(event: StoredEvent, m: EntityManager): Promise<void> {
    // A stream's first event folds from the initial state: no row to read (one round trip less on every create).
    let current: { version: number; state: TState } | undefined;
    if (event.version > 1) {
      const rows: { version: number; state: TState }[] = await m.query(
        `SELECT version, state FROM ${this.table} WHERE stream_id = $1 FOR UPDATE`,
        [event.streamId],
      );
      current = rows[0];
      if (current && current.version >= event.version) return;
    }
    const state = this.evolve(current?.state ?? this.initialState, { type: event.type, data: event.data } as TEvent);
    const params: unknown[] = [];
    await m.query(
      this.upsert(event.streamId, event.version, state, (value) => `$${params.push(value)}`),
      params,
    );
  }

  /**
   * A batch in two round trips whatever its size: the rows of its streams read (and locked) at once, each folded
   * in memory, the changed ones written in one upsert. Not when a subclass adds to `apply`: one by one then.
   */
  async applyAll(events: readonly StoredEvent[], m: EntityManager): Promise<void> {
    if (this.apply !== AggregateStateProjection.prototype.apply) {
      for (const event of events) await this.apply(event, m);
      return;
    }
    if (events.length === 0) return;
    const streamIds = [...new Set(events.map((e) => e.streamId))];
    const rows: { stream_id: string; version: number; state: TState }[] = await m.query(
      `SELECT stream_id::text, version, state FROM ${this.table} WHERE stream_id = ANY($1) ORDER BY stream_id FOR UPDATE`,
      [streamIds],
    );
    const current = new Map(rows.map((r) => [r.stream_id, { version: r.version, state: r.state }]));
    const changed = new Map<string, { version: number; state: TState }>();
    for (const event of events) {
      const row = current.get(event.streamId);
      if (row && row.version >= event.version) continue;
      const next = {
        version: event.version,
        state: this.evolve(row?.state ?? this.initialState, { type: event.type, data: event.data } as TEvent),
      };
      current.set(event.streamId, next);
      changed.set(event.streamId, next);
    }
    if (changed.size === 0) return;
    const shapeOf = (state: TState) => Object.keys(this.columns(state));
    const shapes = new Map<string, [string, { version: number; state: TState }][]>();
    for (const entry of changed) {
      const shape = shapeOf(entry[1].state).join(',');
      shapes.set(shape, [...(shapes.get(shape) ?? []), entry]);
    }
    // One upsert per shape of extra columns: one in the usual case, where every state fills the same columns.
    for (const entries of shapes.values()) {
      const params: unknown[] = [];
      const param = (value: unknown) => `$${params.push(value)}`;
      const tuples = entries.map(([streamId, row]) => this.valuesOf(streamId, row.version, row.state, param));
      await m.query(this.upsertRows(shapeOf(entries[0][1].state), tuples), params);
    }
  }

  /**
   * A stream's first event needs no read, so the append can carry its upsert in its own statement (one round
   * trip for both). Not when a subclass adds to `apply`: its extra writes must run too.
   */
  writeWithAppend(event: PendingEvent, param: (value: unknown) => string): string | undefined {
    if (event.version !== 1 || this.apply !== AggregateStateProjection.prototype.apply) return undefined;
    const state = this.evolve(this.initialState, { type: event.type, data: event.data } as TEvent);
    return this.upsert(event.streamId, event.version, state, param);
  }

  /** The row's upsert. */
  private upsert(streamId: string, version: number, state: TState, param: (value: unknown) => string): string {
    return this.upsertRows(Object.keys(this.columns(state)), [this.valuesOf(streamId, version, state, param)]);
  }

  private valuesOf(streamId: string, version: number, state: TState, param: (value: unknown) => string): string {
    const columns = this.columns(state);
    const values = [param(streamId), param(version), `${param(JSON.stringify(state))}::jsonb`];
    for (const name of Object.keys(columns)) values.push(param(columns[name]));
    return `(${values.join(', ')})`;
  }

  /** Rows of one shape; the WHERE keeps a replayed event (the daemon after an inline apply, a race) from moving a row backwards. */
  private upsertRows(names: readonly string[], tuples: readonly string[]): string {
    return `INSERT INTO ${this.table} (stream_id, version, state${names.map((n) => `, ${n}`).join('')})
       VALUES ${tuples.join(',\n              ')}
       ON CONFLICT (stream_id) DO UPDATE SET version = EXCLUDED.version, state = EXCLUDED.state${names.map((n) => `, ${n} = EXCLUDED.${n}`).join('')}
       WHERE ${this.table}.version < EXCLUDED.version`;
  }

  async reset(m: EntityManager): Promise<void> {
    await m.query(`DELETE FROM ${this.table}`);
  }
}
