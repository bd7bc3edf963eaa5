import { TestDatabase, createTestDatabase } from '@custody/platform/testing';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createDataSource } from './data-source';
import { filteredRead, preparedRead } from './prepared-reads';

const DATABASE_HOOK_TIMEOUT_MS = 30_000;
const id = (i: number) => `00000000-0000-7000-8000-${i.toString(16).padStart(12, '0')}`;

describe('filteredRead', () => {
  it('keeps only the filters with a value, always the fixed ones, and numbers the values in order', () => {
    expect(
      filteredRead(
        'SELECT x FROM t',
        ['x IS NOT NULL', ['a = ?', null], ['b = ?', 'B'], ['c > ?', 3]],
        'LIMIT ?',
        [51],
      ),
    ).toEqual({ text: 'SELECT x FROM t WHERE x IS NOT NULL AND b = $1 AND c > $2 LIMIT $3', values: ['B', 3, 51] });
    expect(filteredRead('SELECT x FROM t', [['a = ?', undefined]], 'ORDER BY x')).toEqual({
      text: 'SELECT x FROM t ORDER BY x',
      values: [],
    });
  });
});

describe('preparedRead', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let client: Client;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = createDataSource(database.url, [], 2);
    await dataSource.initialize();
    client = new Client({ connectionString: database.url });
    await client.connect();
    await client.query(`CREATE TABLE read_rows (row_id uuid PRIMARY KEY, kind text NOT NULL)`);
    await client.query(
      `INSERT INTO read_rows SELECT ('00000000-0000-7000-8000-' || lpad(to_hex(i), 12, '0'))::uuid,
              CASE WHEN i % 2 = 0 THEN 'even' ELSE 'odd' END FROM generate_series(1, 20000) AS i`,
    );
    await client.query(`ANALYZE read_rows`);
  }, DATABASE_HOOK_TIMEOUT_MS);
  afterAll(async () => {
    await client?.end();
    await dataSource?.destroy();
    await database?.drop();
  }, DATABASE_HOOK_TIMEOUT_MS);

  const page = (after: string | null, kind?: string) =>
    filteredRead(
      'SELECT row_id, kind FROM read_rows',
      [
        ['kind = ?::text', kind],
        ['row_id > ?::uuid', after],
      ],
      'ORDER BY row_id LIMIT ?',
      [3],
    );

  it('answers each filter combination, again and again on the same named statements', async () => {
    for (let round = 0; round < 8; round++) {
      expect(await preparedRead(dataSource, page(null))).toEqual([
        { row_id: id(1), kind: 'odd' },
        { row_id: id(2), kind: 'even' },
        { row_id: id(3), kind: 'odd' },
      ]);
      expect((await preparedRead<{ row_id: string }>(dataSource, page(id(100), 'even'))).map((r) => r.row_id)).toEqual([
        id(102),
        id(104),
        id(106),
      ]);
    }
  });

  /** The plan a prepared statement falls back to once PostgreSQL prefers its generic plan. */
  async function genericPlan(text: string, values: readonly (string | number)[]): Promise<string> {
    await client.query('DEALLOCATE ALL');
    await client.query(`PREPARE probe AS ${text}`);
    await client.query(`SET plan_cache_mode = force_generic_plan`);
    const literals = values.map((v) => (typeof v === 'number' ? String(v) : `'${v}'`)).join(', ');
    const rows = (await client.query(`EXPLAIN (COSTS OFF) EXECUTE probe(${literals})`)).rows as {
      'QUERY PLAN': string;
    }[];
    await client.query(`RESET plan_cache_mode`);
    return rows.map((r) => r['QUERY PLAN']).join('\n');
  }

  it('seeks on the cursor even in a generic plan, where a catch-all `$1 IS NULL OR` condition only filters', async () => {
    const deep = page(id(19000));
    expect(await genericPlan(deep.text, deep.values as (string | number)[])).toMatch(/Index Cond: \(row_id > \$1\)/);
    const catchAll = await genericPlan(
      `SELECT row_id, kind FROM read_rows WHERE ($1::uuid IS NULL OR row_id > $1) ORDER BY row_id LIMIT $2`,
      [id(19000), 3],
    );
    expect(catchAll).not.toMatch(/Index Cond/);
  });
});
