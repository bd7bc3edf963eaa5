import { Decider } from '@custody/kernel';
import { lineageJobConflict, openSession } from '../../aggregates/lineage-session/lineage-session.errors';
import { LineageSessionEvent, StagedJob } from '../../aggregates/lineage-session/lineage-session.events';
import { evolveLineageSession } from '../../aggregates/lineage-session/lineage-session.evolve';
import {
  LineageSessionState,
  initialLineageSessionState,
} from '../../aggregates/lineage-session/lineage-session.state';

export interface StageLineageJobs {
  readonly sessionId: string;
  readonly caller: { readonly principalId: string; readonly admin: boolean };
  readonly jobs: readonly StagedJob[];
}

export interface StageLineageJobsContext {
  /** jobUids of this batch the session has staged already. */
  readonly staged: ReadonlySet<string>;
  /** jobUids of this batch that another session's finalized lineage holds. */
  readonly finalizedElsewhere: ReadonlySet<string>;
}

/**
 * Stages jobs in an open session: those it holds already (or that repeat in the batch) are `existing`, and a
 * jobUid sealed in another lineage refuses the whole batch with LineageJobConflict.
 */
export const stageLineageJobsDecider: Decider<
  LineageSessionState,
  StageLineageJobs,
  LineageSessionEvent,
  StageLineageJobsContext
> = {
  initialState: initialLineageSessionState,
  evolve: evolveLineageSession,
  decide(state, command, context) {
    openSession(state, command.sessionId, command.caller);
    const taken = command.jobs.find((job) => context.finalizedElsewhere.has(job.jobUid));
    if (taken) throw lineageJobConflict(taken.jobUid);
    const seen = new Set(context.staged);
    const fresh: StagedJob[] = [];
    for (const job of command.jobs) {
      if (seen.has(job.jobUid)) continue;
      seen.add(job.jobUid);
      fresh.push(job);
    }
    return fresh.length === 0
      ? []
      : [{ type: 'LineageJobsStaged', data: { sessionId: command.sessionId, jobs: fresh } }];
  },
};
