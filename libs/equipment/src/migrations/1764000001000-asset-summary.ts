import { MigrationInterface, QueryRunner } from 'typeorm';

export class AssetSummary1764000001000 implements MigrationInterface {
  name = 'AssetSummary1764000001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE asset_summary (
        stream_id  uuid    PRIMARY KEY,
        version    integer NOT NULL,
        state      jsonb   NOT NULL,
        lifecycle  text,
        family_id  uuid
      )`);
    await q.query(`CREATE INDEX asset_summary_lifecycle ON asset_summary (lifecycle, stream_id)`);
    await q.query(`CREATE INDEX asset_summary_family ON asset_summary (family_id, stream_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE asset_summary`);
  }
}
