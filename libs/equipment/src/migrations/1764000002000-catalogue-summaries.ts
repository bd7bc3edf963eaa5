import { MigrationInterface, QueryRunner } from 'typeorm';

/** Read models for GET /v1/families and GET /v1/models (folded aggregate state, keyset by id). */
export class CatalogueSummaries1764000002000 implements MigrationInterface {
  name = 'CatalogueSummaries1764000002000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE family_summary (
        stream_id  uuid    PRIMARY KEY,
        version    integer NOT NULL,
        state      jsonb   NOT NULL
      )`);
    await q.query(`
      CREATE TABLE model_summary (
        stream_id  uuid    PRIMARY KEY,
        version    integer NOT NULL,
        state      jsonb   NOT NULL,
        family_id  uuid
      )`);
    await q.query(`CREATE INDEX model_summary_family ON model_summary (family_id, stream_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE model_summary`);
    await q.query(`DROP TABLE family_summary`);
  }
}
