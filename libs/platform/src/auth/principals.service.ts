import { Inject, Injectable } from '@nestjs/common';
import { IdGenerator } from '@custody/kernel';
import { DataSource } from 'typeorm';
import { ID_GENERATOR } from '../ids/tokens';
import { Principal, Role } from './principal';
import { hashToken, newToken } from './tokens';

/** Well-known id of the bootstrap administrator, so restarts update it rather than adding another. */
export const BOOTSTRAP_ADMIN_ID = '00000000-0000-7000-8000-00000000ad01';

interface PrincipalRow {
  principal_id: string;
  name: string;
  roles: Role[];
  groups: string[];
}

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
  ) {}

  async authenticate(token: string): Promise<Principal | undefined> {
    const rows: PrincipalRow[] = await this.dataSource.query(
      `SELECT principal_id, name, roles, groups FROM principals WHERE token_hash = $1`,
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
    await this.dataSource.query(
      `INSERT INTO principals (principal_id, name, roles, groups, token_hash, created_by) VALUES ($1, $2, $3, $4, $5, $6)`,
      [principalId, input.name, input.roles, input.groups, hashToken(token), createdBy ?? null],
    );
    return { principalId, name: input.name, roles: [...input.roles], groups: [...input.groups], token };
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
