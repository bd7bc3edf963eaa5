import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The data context's read models. Lists page by keyset on a primary key or index (never OFFSET, never COUNT),
 * and a dataset's distributions are one index range scan on (dataset_id, distribution_id), which is also what
 * the DatasetDistributionLookup adapter reads.
 */
export class DataReadModels1764000010000 implements MigrationInterface {
  name = 'DataReadModels1764000010000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE data_tier_summary (
        stream_id        uuid    PRIMARY KEY,
        version          integer NOT NULL,
        state            jsonb   NOT NULL,
        name             text,
        access_protocol  text,
        reachable        boolean
      )`);
    await q.query(`
      CREATE TABLE data_dataset_summary (
        dataset_id              uuid        PRIMARY KEY,
        version                 integer     NOT NULL,
        title                   text        NOT NULL,
        checksum_algorithm      text        NOT NULL,
        checksum_value          text        NOT NULL,
        byte_size               bigint      NOT NULL,
        intent                  text,
        collected_by_asset_id   uuid,
        collected_by_fixture_id uuid,
        collected_by            boolean     NOT NULL,
        status                  text        NOT NULL,
        registered_at           timestamptz NOT NULL,
        discarded_at            timestamptz
      )`);
    await q.query(`
      CREATE TABLE data_distribution_summary (
        distribution_id    uuid        PRIMARY KEY,
        version            integer     NOT NULL,
        dataset_id         uuid        NOT NULL,
        tier_id            uuid        NOT NULL,
        uri                text        NOT NULL,
        checksum_algorithm text        NOT NULL,
        checksum_value     text        NOT NULL,
        byte_size          bigint      NOT NULL,
        status             text        NOT NULL,
        last_attestation   jsonb,
        registered_at      timestamptz NOT NULL
      )`);
    await q.query(
      `CREATE INDEX data_distribution_summary_dataset ON data_distribution_summary (dataset_id, distribution_id)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE data_distribution_summary`);
    await q.query(`DROP TABLE data_dataset_summary`);
    await q.query(`DROP TABLE data_tier_summary`);
  }
}
