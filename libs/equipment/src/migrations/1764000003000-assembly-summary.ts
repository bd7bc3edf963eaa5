import { MigrationInterface, QueryRunner } from 'typeorm';

export class AssemblySummary1764000003000 implements MigrationInterface {
  name = 'AssemblySummary1764000003000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE assembly_summary (
        stream_id  uuid    PRIMARY KEY,
        version    integer NOT NULL,
        state      jsonb   NOT NULL,
        deprecated boolean
      )`);
    await q.query(`CREATE INDEX assembly_summary_deprecated ON assembly_summary (deprecated, stream_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE assembly_summary`);
  }
}
