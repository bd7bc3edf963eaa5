import { createHash } from 'node:crypto';
import type { Pool, QueryResultRow } from 'pg';
import type { DataSource } from 'typeorm';

/**
 * One filter of a read: its SQL with `?` where the value goes, and the value (null or undefined: no filter); or
 * SQL alone, a condition that always holds.
 */
export type ReadFilter = string | readonly [sql: string, value: unknown];

export interface ReadStatement {
  readonly text: string;
  readonly values: readonly unknown[];
}

/**
 * `select WHERE <the filters whose value is present> <tail>`, `?` numbered `$1…$n` in order. Each combination of
 * present filters is its own constant text, so a prepared statement's generic plan seeks on the key: the
 * catch-all `($1 IS NULL OR id > $1)` plans as a filter over the whole index once PostgreSQL switches a prepared
 * statement to its generic plan, and a deep page would then read every row before it.
 */
export function filteredRead(
  select: string,
  filters: readonly ReadFilter[],
  tail: string,
  tailValues: readonly unknown[] = [],
): ReadStatement {
  const values: unknown[] = [];
  const bind = (sql: string, value: readonly unknown[]) => {
    let next = 0;
    return sql.replace(/\?/g, () => {
      values.push(value[next++]);
      return `$${values.length}`;
    });
  };
  const where = filters
    .flatMap((filter) => {
      if (typeof filter === 'string') return [filter];
      const [sql, value] = filter;
      return value === null || value === undefined ? [] : [bind(sql, [value])];
    })
    .join(' AND ');
  const text = `${select}${where ? ` WHERE ${where}` : ''} ${bind(tail, tailValues)}`;
  return { text, values };
}

const statementNames = new Map<string, string>();

/** A stable name per text (the same on every connection and every API instance). */
function statementName(text: string): string {
  let name = statementNames.get(text);
  if (name === undefined) {
    name = `custody_read_${createHash('sha1').update(text).digest('hex').slice(0, 16)}`;
    statementNames.set(text, name);
  }
  return name;
}

/**
 * Runs a read of the hottest paths (list pages) as a named, prepared statement straight on node-postgres:
 * PostgreSQL parses and plans its text once per connection, and TypeORM's per-call query runner, logging and
 * subscriber hooks are skipped. Only for constant texts (see `filteredRead`): every text gets a name for the
 * life of the process.
 */
export async function preparedRead<TRow extends QueryResultRow>(
  dataSource: DataSource,
  statement: ReadStatement,
): Promise<TRow[]> {
  const pool = (dataSource.driver as unknown as { master: Pool }).master;
  const result = await pool.query<TRow>({
    name: statementName(statement.text),
    text: statement.text,
    values: [...statement.values],
  });
  return result.rows;
}
