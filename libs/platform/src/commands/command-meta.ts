import { EventMetadata } from '../event-store/event-store';
import { Principal } from '../auth/principal';

/** Who asked, and how the request can be traced: travels with every command and query into the metadata. */
export interface CommandMeta {
  readonly principal: Principal;
  readonly correlationId: string;
  readonly idempotencyKey?: string;
}

export function eventMetadata(meta: CommandMeta): EventMetadata {
  return {
    correlationId: meta.correlationId,
    principalId: meta.principal.principalId,
    ...(meta.idempotencyKey ? { idempotencyKey: meta.idempotencyKey } : {}),
  };
}
