import { MigrationInterface, QueryRunner } from 'typeorm';

/** Principals can be disabled (their tokens then answer 401); a disabled principal keeps its history. */
export class PrincipalDisable1764900000000 implements MigrationInterface {
  name = 'PrincipalDisable1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE principals ADD COLUMN disabled_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE principals DROP COLUMN disabled_at`);
  }
}
