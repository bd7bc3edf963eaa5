import { MigrationInterface, QueryRunner } from 'typeorm';

/** The platform's tables: the event store, projection bookmarks, principals and idempotency records. */
export class Platform1764000000000 implements MigrationInterface {
  name = 'Platform1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE events (
        position        bigserial PRIMARY KEY,
        stream_type     text        NOT NULL,
        stream_id       text        NOT NULL,
        version         integer     NOT NULL CHECK (version > 0),
        type            text        NOT NULL,
        schema_version  integer     NOT NULL DEFAULT 1,
        data            jsonb       NOT NULL,
        metadata        jsonb       NOT NULL DEFAULT '{}'::jsonb,
        transaction_id  xid8        NOT NULL DEFAULT pg_current_xact_id(),
        recorded_at     timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT events_stream_version UNIQUE (stream_id, version)
      )`);
    // Subscribers read in (transaction_id, position) order below the oldest running transaction.
    await q.query(`CREATE INDEX events_transaction_position ON events (transaction_id, position)`);
    await q.query(`
      CREATE TABLE projection_bookmarks (
        name            text        PRIMARY KEY,
        transaction_id  xid8        NOT NULL DEFAULT '0'::xid8,
        position        bigint      NOT NULL DEFAULT 0,
        updated_at      timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE principals (
        principal_id  uuid        PRIMARY KEY,
        name          text        NOT NULL,
        roles         text[]      NOT NULL,
        groups        text[]      NOT NULL DEFAULT '{}',
        token_hash    text        NOT NULL UNIQUE,
        created_at    timestamptz NOT NULL DEFAULT now(),
        created_by    uuid
      )`);
    await q.query(`
      CREATE TABLE idempotency_records (
        principal_id  uuid        NOT NULL,
        key           text        NOT NULL,
        request_hash  text        NOT NULL,
        state         text        NOT NULL CHECK (state IN ('pending', 'done')),
        status_code   integer,
        content_type  text,
        body          jsonb,
        created_at    timestamptz NOT NULL DEFAULT now(),
        updated_at    timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (principal_id, key)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE idempotency_records`);
    await q.query(`DROP TABLE principals`);
    await q.query(`DROP TABLE projection_bookmarks`);
    await q.query(`DROP TABLE events`);
  }
}
