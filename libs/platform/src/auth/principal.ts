export const ROLES = ['admin', 'operator', 'worker', 'reader'] as const;
export type Role = (typeof ROLES)[number];

export interface Principal {
  readonly principalId: string;
  readonly name: string;
  readonly roles: readonly Role[];
  readonly groups: readonly string[];
}

/**
 * What a route or tool requires of its caller:
 * - `read`: any role (GET routes and read tools);
 * - `command`: admin or operator (every command);
 * - `worker`: admin, operator or worker (edge work: deposits, lineage, acquisition transitions, observed attestations);
 * - `admin`: admin only (principals, projection rebuilds).
 */
export type AccessLevel = 'read' | 'command' | 'worker' | 'admin';

const ALLOWED: Record<AccessLevel, readonly Role[]> = {
  read: ['admin', 'operator', 'worker', 'reader'],
  command: ['admin', 'operator'],
  worker: ['admin', 'operator', 'worker'],
  admin: ['admin'],
};

export function mayAccess(principal: Principal, access: AccessLevel): boolean {
  return principal.roles.some((role) => ALLOWED[access].includes(role));
}

/** Admin-class reads: the admin role, or membership of the group `admins`. */
export function isAdminClass(principal: Principal): boolean {
  return principal.roles.includes('admin') || principal.groups.includes('admins');
}
