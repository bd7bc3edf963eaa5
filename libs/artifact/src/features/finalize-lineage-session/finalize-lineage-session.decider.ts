import { Decider, conflict } from '@custody/kernel';
import { lineageJobConflict, ownSession } from '../../aggregates/lineage-session/lineage-session.errors';
import { LineageSessionEvent } from '../../aggregates/lineage-session/lineage-session.events';
import { evolveLineageSession } from '../../aggregates/lineage-session/lineage-session.evolve';
import {
  LineageSessionState,
  initialLineageSessionState,
} from '../../aggregates/lineage-session/lineage-session.state';

export interface LineageCounts {
  readonly jobs: number;
  readonly inputs: number;
  readonly outputs: number;
}

export interface FinalizeLineageSession {
  readonly sessionId: string;
  readonly caller: { readonly principalId: string; readonly admin: boolean };
  readonly expected: LineageCounts;
}

export interface FinalizeLineageSessionContext {
  readonly staged: LineageCounts;
  /** A jobUid of this session that another session finalized first, if any. */
  readonly conflictingJobUid: string | null;
  /** SHA-256 (hex) of the session's canonical rendering (renderLineage). */
  readonly lineageHash: string;
}

/**
 * Seals a session: the client's counts must match what was staged (LineageCountsMismatch, the session stays
 * open), and none of its jobs may be in another finalized lineage (LineageJobConflict). Finalizing a closed
 * session again changes nothing.
 */
export const finalizeLineageSessionDecider: Decider<
  LineageSessionState,
  FinalizeLineageSession,
  LineageSessionEvent,
  FinalizeLineageSessionContext
> = {
  initialState: initialLineageSessionState,
  evolve: evolveLineageSession,
  decide(state, command, context, { now }) {
    const session = ownSession(state, command.sessionId, command.caller);
    if (session.status === 'closed') return [];
    const { expected } = command;
    const { staged } = context;
    if (expected.jobs !== staged.jobs || expected.inputs !== staged.inputs || expected.outputs !== staged.outputs) {
      throw conflict(
        'LineageCountsMismatch',
        `Expected ${expected.jobs} jobs, ${expected.inputs} inputs and ${expected.outputs} outputs; the session ` +
          `holds ${staged.jobs} jobs, ${staged.inputs} inputs and ${staged.outputs} outputs.`,
      );
    }
    if (context.conflictingJobUid !== null) throw lineageJobConflict(context.conflictingJobUid);
    return [
      {
        type: 'LineageSessionFinalized',
        data: { sessionId: command.sessionId, lineageHash: context.lineageHash, counts: staged, finalizedAt: now },
      },
    ];
  },
};
