import { createHash } from 'node:crypto';
import type { Pool, PoolClient, QueryResultRow } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';

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

/** A stable name per statement text (the same on every connection and every API instance), after `prefix`. */
function statementName(prefix: string, text: string): string {
  const key = `${prefix}\n${text}`;
  let name = statementNames.get(key);
  if (name === undefined) {
    name = `${prefix}_${createHash('sha1').update(text).digest('hex').slice(0, 16)}`;
    statementNames.set(key, name);
  }
  return name;
}

/**
 * Runs a statement straight on node-postgres: on `manager`'s connection (its transaction) when given, else on a
 * pooled connection of its own. TypeORM's query() takes no statement name, and its wrapping (a query runner per
 * call, logging and subscriber hooks) is per-request CPU on the hottest paths. `preparedAs` names the statement
 * after that prefix and its text, so each connection parses and plans it once: only for texts from a bounded set (every text
 * named stays named for the life of the process and of each connection). Errors are node-postgres' own (`code`
 * on the error itself), which every caller and the problem mapping read as they read TypeORM's `driverError`.
 */
export async function runStatement<TRow extends QueryResultRow>(
  dataSource: DataSource,
  statement: ReadStatement,
  options: { preparedAs?: string; manager?: EntityManager },
): Promise<TRow[]> {
  const { text } = statement;
  const values = [...statement.values];
  const query = options.preparedAs ? { name: statementName(options.preparedAs, text), text, values } : { text, values };
  const { manager } = options;
  const runner = manager?.queryRunner;
  // A released runner (its connection lost under it): TypeORM's own refusal, which answers 503.
  if (runner?.isReleased) return manager!.query(text, values);
  if (runner) return (await ((await runner.connect()) as PoolClient).query<TRow>(query)).rows;
  const pool = (dataSource.driver as unknown as { master: Pool }).master;
  return (await pool.query<TRow>(query)).rows;
}

/**
 * A read of the hottest paths (list pages, a batch's facts) as a named, prepared statement: PostgreSQL parses and
 * plans its text once per connection. Only for constant texts (see `filteredRead`). With `manager`, it reads
 * inside that transaction.
 */
export function preparedRead<TRow extends QueryResultRow>(
  dataSource: DataSource,
  statement: ReadStatement,
  manager?: EntityManager,
): Promise<TRow[]> {
  return runStatement<TRow>(dataSource, statement, { preparedAs: 'custody_read', manager });
}
