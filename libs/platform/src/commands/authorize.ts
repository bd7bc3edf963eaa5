import { AccessLevel, mayAccess } from '../auth/principal';
import { forbiddenRole } from '../auth/auth.guard';
import { CommandMeta } from './command-meta';

/** A handler's own check of the caller, whichever edge (REST, MCP, a future one) the command came through. */
export function authorize(meta: CommandMeta, level: AccessLevel): void {
  if (!mayAccess(meta.principal, level)) throw forbiddenRole(level);
}
