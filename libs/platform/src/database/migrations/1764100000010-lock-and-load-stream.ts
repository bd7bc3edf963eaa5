import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One round trip instead of two for a command's first read of a stream: takes the stream's transaction-scoped
 * advisory lock, then reads its events. VOLATILE, so the read takes a fresh snapshot after the lock is held and
 * sees every commit of the command that held it before (a statement doing both would read a snapshot taken
 * before waiting).
 */
export class LockAndLoadStream1764100000010 implements MigrationInterface {
  name = 'LockAndLoadStream1764100000010';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION custody_lock_and_load_stream(p_stream_id text)
        RETURNS TABLE (version integer, type text, data jsonb)
        LANGUAGE plpgsql VOLATILE AS $$
      BEGIN
        PERFORM pg_advisory_xact_lock(hashtextextended(p_stream_id, 0));
        RETURN QUERY SELECT e.version, e.type, e.data FROM events e WHERE e.stream_id = p_stream_id ORDER BY e.version;
      END
      $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION custody_lock_and_load_stream(text)`);
  }
}
