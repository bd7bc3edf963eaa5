import { Decider, conflict } from '@custody/kernel';
import { hashKey } from '../../aggregates/lineage-session/lineage-hashes';
import {
  lineageArtifactNotRegistered,
  lineageJobNotFound,
  openSession,
} from '../../aggregates/lineage-session/lineage-session.errors';
import {
  ArtifactHash,
  LineageSessionEvent,
  LinkDirection,
  StagedLink,
} from '../../aggregates/lineage-session/lineage-session.events';
import { evolveLineageSession } from '../../aggregates/lineage-session/lineage-session.evolve';
import {
  LineageSessionState,
  initialLineageSessionState,
} from '../../aggregates/lineage-session/lineage-session.state';

export interface LinkToStage {
  readonly jobUid: string;
  readonly direction: LinkDirection;
  readonly hash: ArtifactHash;
  readonly path: string;
}

export interface LinkLineageArtifacts {
  readonly sessionId: string;
  readonly caller: { readonly principalId: string; readonly admin: boolean };
  readonly links: readonly LinkToStage[];
  /** Links one session may hold. */
  readonly maxSessionLinks: number;
}

export interface LinkLineageArtifactsContext {
  /** Registered artifacts by `alg:digest`. */
  readonly artifacts: ReadonlyMap<string, string>;
  /** The batch's jobUids that this session has staged. */
  readonly sessionJobs: ReadonlySet<string>;
  /** Links the session holds already, by `jobUid|direction|artifactId|path`. */
  readonly present: ReadonlySet<string>;
  readonly sessionLinkCount: number;
}

export const linkKey = (l: StagedLink): string => `${l.jobUid}|${l.direction}|${l.artifactId}|${l.path}`;

/**
 * Links jobs to registered artifacts, all or nothing: an unregistered hash (LineageArtifactNotRegistered,
 * naming it) or a job the session has not staged (LineageJobNotFound) refuses the batch. A link is never a
 * way to bring an artifact into being.
 */
export const linkLineageArtifactsDecider: Decider<
  LineageSessionState,
  LinkLineageArtifacts,
  LineageSessionEvent,
  LinkLineageArtifactsContext
> = {
  initialState: initialLineageSessionState,
  evolve: evolveLineageSession,
  decide(state, command, context) {
    openSession(state, command.sessionId, command.caller);
    const resolved: StagedLink[] = command.links.map((link) => {
      const artifactId = context.artifacts.get(hashKey(link.hash));
      if (artifactId === undefined) throw lineageArtifactNotRegistered(link.hash);
      if (!context.sessionJobs.has(link.jobUid)) throw lineageJobNotFound(link.jobUid);
      return { jobUid: link.jobUid, direction: link.direction, artifactId, path: link.path };
    });
    const seen = new Set(context.present);
    const fresh = resolved.filter((link) => {
      const key = linkKey(link);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    if (context.sessionLinkCount + fresh.length > command.maxSessionLinks) {
      throw conflict(
        'LineageSessionFull',
        `A session holds at most ${command.maxSessionLinks} links; this one has ${context.sessionLinkCount}.`,
      );
    }
    return fresh.length === 0
      ? []
      : [{ type: 'LineageLinksStaged', data: { sessionId: command.sessionId, links: fresh } }];
  },
};
