import { MigrationInterface, QueryRunner } from 'typeorm';

/** Acquisitions: listed by state, tier and host (keyset on the id); the worker rescans the open ones per tier. */
export class AcquisitionReadModel1764000014000 implements MigrationInterface {
  name = 'AcquisitionReadModel1764000014000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE data_acquisition_summary (
        stream_id       uuid    PRIMARY KEY,
        version         integer NOT NULL,
        state           jsonb   NOT NULL,
        state_name      text,
        tier_id         uuid,
        target_tier_id  uuid,
        hosts           text[]  NOT NULL DEFAULT '{}',
        halted          boolean NOT NULL DEFAULT false,
        done            boolean NOT NULL DEFAULT false
      )`);
    await q.query(`CREATE INDEX data_acquisition_summary_tier ON data_acquisition_summary (tier_id, stream_id)`);
    await q.query(`CREATE INDEX data_acquisition_summary_state ON data_acquisition_summary (state_name, stream_id)`);
    await q.query(`CREATE INDEX data_acquisition_summary_hosts ON data_acquisition_summary USING gin (hosts)`);
    await q.query(
      `CREATE INDEX data_acquisition_summary_open ON data_acquisition_summary (tier_id) WHERE NOT done AND NOT halted`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE data_acquisition_summary`);
  }
}
