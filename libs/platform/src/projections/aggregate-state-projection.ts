import { DomainEvent } from '@custody/kernel';
import { EntityManager } from 'typeorm';
import { StoredEvent } from '../event-store/event-store';
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
    const columns = this.columns(state);
    const names = Object.keys(columns);
    const values = names.map((n) => columns[n]);
    const placeholders = names.map((_, i) => `$${i + 4}`);
    // The WHERE keeps a replayed event (the daemon after an inline apply, a race) from moving a row backwards.
    await m.query(
      `INSERT INTO ${this.table} (stream_id, version, state${names.map((n) => `, ${n}`).join('')})
       VALUES ($1, $2, $3::jsonb${placeholders.map((p) => `, ${p}`).join('')})
       ON CONFLICT (stream_id) DO UPDATE SET version = EXCLUDED.version, state = EXCLUDED.state${names.map((n) => `, ${n} = EXCLUDED.${n}`).join('')}
       WHERE ${this.table}.version < EXCLUDED.version`,
      [event.streamId, event.version, JSON.stringify(state), ...values],
    );
  }

  async reset(m: EntityManager): Promise<void> {
    await m.query(`DELETE FROM ${this.table}`);
  }
}
