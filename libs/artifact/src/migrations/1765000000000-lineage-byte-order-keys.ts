import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 11: the lineage tables' text keys compare bytes (`COLLATE "C"`) instead of the database's locale. The
 * cluster's locale is C.UTF-8 through libc, which PostgreSQL does not treat as "C": every comparison in these
 * btrees (node ids, hashes, jobUids: ASCII in practice, 40-150 characters) went through strcoll, and a
 * registration makes about 140,000 index entries, four or five descents each. Equality is the same under both;
 * the order too for ASCII (C.UTF-8 sorts by code point, like bytes of UTF-8). Also drops an index nothing
 * reads (lineage_session_jobs by job_uid alone: every query on the table names the session).
 */
export class LineageByteOrderKeys1765000000000 implements MigrationInterface {
  name = 'LineageByteOrderKeys1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS lineage_session_jobs_uid`);
    for (const [table, columns] of COLUMNS) {
      await q.query(`ALTER TABLE ${table} ${columns.map((c) => `ALTER COLUMN ${c} TYPE text COLLATE "C"`).join(', ')}`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [table, columns] of COLUMNS) {
      await q.query(
        `ALTER TABLE ${table} ${columns.map((c) => `ALTER COLUMN ${c} TYPE text COLLATE "default"`).join(', ')}`,
      );
    }
    await q.query(`CREATE INDEX lineage_session_jobs_uid ON lineage_session_jobs (job_uid)`);
  }
}

const COLUMNS: readonly (readonly [string, readonly string[]])[] = [
  ['lineage_nodes', ['node_id', 'kind', 'sha256']],
  ['lineage_edges', ['down_id', 'up_id', 'kind']],
  ['lineage_artifacts', ['node_id']],
  ['lineage_artifact_hashes', ['algorithm', 'digest']],
  ['lineage_session_jobs', ['job_uid']],
  ['lineage_finalized_jobs', ['job_uid']],
  ['lineage_session_links', ['job_uid', 'direction']],
];
