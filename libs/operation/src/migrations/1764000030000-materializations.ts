import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Materializations: the list's projection (folded state, filtered by dataset and state, keyset on the id) and the
 * live transfer counters the job writes on every observation (one row per materialization, overwritten: progress
 * is not history, so it is not an event).
 */
export class Materializations1764000030000 implements MigrationInterface {
  name = 'Materializations1764000030000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE operation_materialization_summary (
        stream_id   uuid    PRIMARY KEY,
        version     integer NOT NULL,
        state       jsonb   NOT NULL,
        dataset_id  uuid,
        state_name  text
      )`);
    await q.query(
      `CREATE INDEX operation_materialization_summary_dataset ON operation_materialization_summary (dataset_id, stream_id)`,
    );
    await q.query(
      `CREATE INDEX operation_materialization_summary_state ON operation_materialization_summary (state_name, stream_id)`,
    );
    await q.query(`
      CREATE TABLE operation_materialization_progress (
        materialization_id uuid        PRIMARY KEY,
        progress           jsonb       NOT NULL,
        updated_at         timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE operation_materialization_progress`);
    await q.query(`DROP TABLE operation_materialization_summary`);
  }
}
