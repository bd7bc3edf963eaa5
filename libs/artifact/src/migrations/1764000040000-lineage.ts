import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Lineage: the staging tables the registration handlers write in their own transaction (the deciders read them
 * back as context, so a link sees the artifacts staged a moment ago), and the one graph read model every
 * context's events feed (nodes and edges; walked by recursive SQL over the two edge indexes).
 */
export class Lineage1764000040000 implements MigrationInterface {
  name = 'Lineage1764000040000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE lineage_sessions (
        session_id        uuid        PRIMARY KEY,
        principal_id      uuid        NOT NULL,
        client_session_id text,
        git               jsonb,
        status            text        NOT NULL,
        link_count        integer     NOT NULL DEFAULT 0,
        lineage_hash      text,
        opened_at         timestamptz NOT NULL,
        finalized_at      timestamptz
      )`);
    await q.query(
      `CREATE UNIQUE INDEX lineage_sessions_client ON lineage_sessions (principal_id, client_session_id)
        WHERE client_session_id IS NOT NULL`,
    );
    await q.query(`
      CREATE TABLE lineage_session_jobs (
        session_id       uuid    NOT NULL,
        job_uid          text    NOT NULL,
        command          text    NOT NULL,
        step_number      integer NOT NULL,
        started_at       text    NOT NULL,
        duration_seconds double precision,
        exit_code        integer,
        run_id           uuid,
        PRIMARY KEY (session_id, job_uid)
      )`);
    await q.query(`CREATE INDEX lineage_session_jobs_uid ON lineage_session_jobs (job_uid)`);
    // One row per finalized job: the unique key makes a second finalized claim on a jobUid impossible.
    await q.query(`
      CREATE TABLE lineage_finalized_jobs (
        job_uid    text PRIMARY KEY,
        session_id uuid NOT NULL
      )`);
    await q.query(`
      CREATE TABLE lineage_artifacts (
        artifact_id  uuid   PRIMARY KEY,
        node_id      text   NOT NULL UNIQUE,
        size         bigint NOT NULL,
        source_type  text   NOT NULL,
        source_url   text,
        sha256       text,
        hashes       jsonb  NOT NULL
      )`);
    await q.query(`
      CREATE TABLE lineage_artifact_hashes (
        algorithm   text NOT NULL,
        digest      text NOT NULL,
        artifact_id uuid NOT NULL,
        PRIMARY KEY (algorithm, digest)
      )`);
    await q.query(`
      CREATE TABLE lineage_session_artifacts (
        session_id  uuid NOT NULL,
        artifact_id uuid NOT NULL,
        PRIMARY KEY (session_id, artifact_id)
      )`);
    await q.query(`
      CREATE TABLE lineage_session_links (
        session_id  uuid NOT NULL,
        job_uid     text NOT NULL,
        direction   text NOT NULL,
        artifact_id uuid NOT NULL,
        path        text NOT NULL
      )`);
    // A path may be longer than a btree entry can hold: the key carries its md5 (ON CONFLICT DO NOTHING honours it).
    await q.query(
      `CREATE UNIQUE INDEX lineage_session_links_key
         ON lineage_session_links (session_id, job_uid, direction, artifact_id, md5(path))`,
    );
    // The graph. An edge is stored by its upstream and downstream ends (what a walk follows); `kind` says how
    // it reads: `generated` points from the job (upstream) to the artifact, every other kind from down to up.
    await q.query(`
      CREATE TABLE lineage_nodes (
        node_id text  PRIMARY KEY,
        kind    text  NOT NULL,
        sha256  text,
        attrs   jsonb NOT NULL DEFAULT '{}'::jsonb
      )`);
    await q.query(`CREATE INDEX lineage_nodes_sha256 ON lineage_nodes (sha256) WHERE sha256 IS NOT NULL`);
    await q.query(`
      CREATE TABLE lineage_edges (
        down_id text NOT NULL,
        up_id   text NOT NULL,
        kind    text NOT NULL,
        PRIMARY KEY (down_id, up_id, kind)
      )`);
    await q.query(`CREATE INDEX lineage_edges_up ON lineage_edges (up_id, down_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'lineage_edges',
      'lineage_nodes',
      'lineage_session_links',
      'lineage_session_artifacts',
      'lineage_artifact_hashes',
      'lineage_artifacts',
      'lineage_finalized_jobs',
      'lineage_session_jobs',
      'lineage_sessions',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
