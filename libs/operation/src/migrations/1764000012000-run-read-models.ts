import { MigrationInterface, QueryRunner } from 'typeorm';

/** Read models of methods and runs (lists by state, by method, by input dataset). */
export class RunReadModels1764000012000 implements MigrationInterface {
  name = 'RunReadModels1764000012000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE operation_method_summary (
        stream_id uuid    PRIMARY KEY,
        version   integer NOT NULL,
        state     jsonb   NOT NULL
      )`);
    await q.query(`
      CREATE TABLE operation_run_summary (
        stream_id uuid    PRIMARY KEY,
        version   integer NOT NULL,
        state     jsonb   NOT NULL,
        run_state text,
        method_id uuid
      )`);
    await q.query(`CREATE INDEX operation_run_summary_state ON operation_run_summary (run_state, stream_id)`);
    await q.query(`CREATE INDEX operation_run_summary_method ON operation_run_summary (method_id, stream_id)`);
    await q.query(`
      CREATE TABLE operation_run_input (
        dataset_id uuid NOT NULL,
        run_id     uuid NOT NULL,
        PRIMARY KEY (dataset_id, run_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE operation_run_input`);
    await q.query(`DROP TABLE operation_run_summary`);
    await q.query(`DROP TABLE operation_method_summary`);
  }
}
