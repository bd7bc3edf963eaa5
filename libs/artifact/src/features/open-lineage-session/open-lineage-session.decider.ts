import { Decider, conflict } from '@custody/kernel';
import { GitContext, LineageSessionEvent } from '../../aggregates/lineage-session/lineage-session.events';
import { evolveLineageSession } from '../../aggregates/lineage-session/lineage-session.evolve';
import {
  LineageSessionState,
  initialLineageSessionState,
} from '../../aggregates/lineage-session/lineage-session.state';

export interface OpenLineageSession {
  readonly sessionId: string;
  readonly principalId: string;
  readonly clientSessionId: string | null;
  readonly git: GitContext | null;
}

/** The caller's session already opened under the same clientSessionId, if any. */
export interface OpenLineageSessionContext {
  readonly resumable: { readonly sessionId: string } | null;
}

/** Opens a session, or (same principal, same clientSessionId) resumes the one opened before: nothing new. */
export const openLineageSessionDecider: Decider<
  LineageSessionState,
  OpenLineageSession,
  LineageSessionEvent,
  OpenLineageSessionContext
> = {
  initialState: initialLineageSessionState,
  evolve: evolveLineageSession,
  decide(state, command, context, { now }) {
    if (context.resumable) return [];
    if (state.exists) throw conflict('LineageSessionAlreadyOpened', `Session ${command.sessionId} already exists.`);
    return [
      {
        type: 'LineageSessionOpened',
        data: {
          sessionId: command.sessionId,
          principalId: command.principalId,
          clientSessionId: command.clientSessionId,
          git: command.git,
          openedAt: now,
        },
      },
    ];
  },
};
