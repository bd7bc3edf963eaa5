import { MigrationInterface, QueryRunner } from 'typeorm';

export class FixtureSummary1764000003001 implements MigrationInterface {
  name = 'FixtureSummary1764000003001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE fixture_summary (
        stream_id   uuid    PRIMARY KEY,
        version     integer NOT NULL,
        state       jsonb   NOT NULL,
        assembly_id uuid,
        asset_ids   uuid[]  NOT NULL DEFAULT '{}'
      )`);
    await q.query(`CREATE INDEX fixture_summary_assembly ON fixture_summary (assembly_id, stream_id)`);
    await q.query(`CREATE INDEX fixture_summary_assets ON fixture_summary USING gin (asset_ids)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE fixture_summary`);
  }
}
