import { Inject, Injectable } from '@nestjs/common';
import { DomainError, IdGenerator, conflict } from '@custody/kernel';
import { DataSource, EntityManager } from 'typeorm';
import { ambientManager, currentIdempotentScope } from '../commands/idempotent-scope';
import { ID_GENERATOR } from '../ids/tokens';
import { Principal, Role } from './principal';
import { PrincipalCache } from './principal-cache';
import { hashToken, newToken } from './tokens';

/** Well-known id of the bootstrap administrator, so restarts update it rather than adding another. */
export const BOOTSTRAP_ADMIN_ID = '00000000-0000-7000-8000-00000000ad01';

interface PrincipalRow {
  principal_id: string;
  name: string;
  roles: Role[];
  groups: string[];
}

/** A principal as an administrator sees it: never with a token. */
export interface PrincipalRecord extends Principal {
  readonly enabled: boolean;
  readonly createdAt: string;
}

interface PrincipalRecordRow extends PrincipalRow {
  disabled_at: Date | null;
  created_at: Date;
}

const toRecord = (row: PrincipalRecordRow): PrincipalRecord => ({
  ...toPrincipal(row),
  enabled: row.disabled_at === null,
  createdAt: row.created_at.toISOString(),
});

export const principalNotFound = (principalId: string): DomainError =>
  new DomainError('PrincipalNotFound', 'NotFound', `No principal ${principalId}.`);

/** Serialises every change that could leave no enabled administrator. */
const ADMINS_LOCK = 'custody.principals.admins';

const toPrincipal = (row: PrincipalRow): Principal => ({
  principalId: row.principal_id,
  name: row.name,
  roles: row.roles,
  groups: row.groups,
});

/** Principals are platform plumbing, not domain history: a plain table with hashed tokens. */
@Injectable()
export class PrincipalsService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
    private readonly tokenChecks: PrincipalCache,
  ) {}

  async authenticate(token: string): Promise<Principal | undefined> {
    const rows: PrincipalRow[] = await this.dataSource.query(
      `SELECT principal_id, name, roles, groups FROM principals WHERE token_hash = $1 AND disabled_at IS NULL`,
      [hashToken(token)],
    );
    return rows[0] ? toPrincipal(rows[0]) : undefined;
  }

  /** Creates a principal; the token is returned once and only its hash is kept. */
  async create(
    input: { name: string; roles: readonly Role[]; groups: readonly string[] },
    createdBy?: string,
  ): Promise<Principal & { token: string }> {
    const token = newToken();
    const principalId = this.ids.newId();
    // In an idempotent request's transaction, so the principal and its settled key commit together.
    await ambientManager(this.dataSource).query(
      `INSERT INTO principals (principal_id, name, roles, groups, token_hash, created_by) VALUES ($1, $2, $3, $4, $5, $6)`,
      [principalId, input.name, input.roles, input.groups, hashToken(token), createdBy ?? null],
    );
    return { principalId, name: input.name, roles: [...input.roles], groups: [...input.groups], token };
  }

  /** A page of principals in id order, after `afterId`. */
  async list(limit: number, afterId: string | null): Promise<PrincipalRecord[]> {
    const rows: PrincipalRecordRow[] = await this.dataSource.query(
      `SELECT principal_id, name, roles, groups, disabled_at, created_at FROM principals
        WHERE ($1::uuid IS NULL OR principal_id > $1::uuid) ORDER BY principal_id LIMIT $2`,
      [afterId, limit],
    );
    return rows.map(toRecord);
  }

  async get(principalId: string): Promise<PrincipalRecord> {
    const rows: PrincipalRecordRow[] = await this.dataSource.query(
      `SELECT principal_id, name, roles, groups, disabled_at, created_at FROM principals WHERE principal_id = $1`,
      [principalId],
    );
    if (!rows[0]) throw principalNotFound(principalId);
    return toRecord(rows[0]);
  }

  /** A new token for the principal; the old one stops working in the same statement. Shown once. */
  async rotateToken(principalId: string): Promise<{ token: string }> {
    const token = newToken();
    const rows: { n: number }[] = await ambientManager(this.dataSource).query(
      `WITH rotated AS (UPDATE principals SET token_hash = $2 WHERE principal_id = $1 AND disabled_at IS NULL RETURNING 1)
       SELECT count(*)::int AS n FROM rotated`,
      [principalId, hashToken(token)],
    );
    if (rows[0].n === 0) {
      await this.get(principalId);
      throw conflict('PrincipalDisabled', `Principal ${principalId} is disabled; its token cannot be rotated.`);
    }
    // The old token must stop working at once here, not when its cached check expires.
    this.tokenChecks.invalidate(principalId);
    return { token };
  }

  /**
   * Disables a principal: its tokens answer 401 from then on. The last enabled administrator cannot be
   * disabled (409 LastAdmin): the check and the change run under one lock, so two admins disabling each other
   * at once cannot both pass.
   */
  async disable(principalId: string): Promise<void> {
    const scope = currentIdempotentScope();
    const work = async (manager: EntityManager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [ADMINS_LOCK]);
      const rows: { roles: Role[]; disabled_at: Date | null }[] = await manager.query(
        `SELECT roles, disabled_at FROM principals WHERE principal_id = $1`,
        [principalId],
      );
      const target = rows[0];
      if (!target) throw principalNotFound(principalId);
      if (target.disabled_at !== null) return;
      if (target.roles.includes('admin')) {
        const others: { n: number }[] = await manager.query(
          `SELECT count(*)::int AS n FROM principals WHERE 'admin' = ANY(roles) AND disabled_at IS NULL AND principal_id <> $1`,
          [principalId],
        );
        if (others[0].n === 0) {
          throw conflict('LastAdmin', 'This is the last enabled administrator; enable or create another first.');
        }
      }
      await manager.query(`UPDATE principals SET disabled_at = now() WHERE principal_id = $1`, [principalId]);
    };
    if (scope) await work(scope.manager);
    else await this.dataSource.transaction(work);
    this.tokenChecks.invalidate(principalId);
  }

  /** Makes `token` the bootstrap administrator's token (creating the administrator on first start). */
  async setBootstrapAdminToken(token: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO principals (principal_id, name, roles, groups, token_hash)
       VALUES ($1, 'admin', '{admin}', '{admins}', $2)
       ON CONFLICT (principal_id) DO UPDATE SET token_hash = EXCLUDED.token_hash`,
      [BOOTSTRAP_ADMIN_ID, hashToken(token)],
    );
  }
}
