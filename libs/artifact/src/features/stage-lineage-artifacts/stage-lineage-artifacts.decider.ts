import { Decider } from '@custody/kernel';
import { artifactNodeId, hashKey, sortedHashes } from '../../aggregates/lineage-session/lineage-hashes';
import { lineageArtifactMismatch, openSession } from '../../aggregates/lineage-session/lineage-session.errors';
import {
  ArtifactHash,
  LineageSessionEvent,
  SourceType,
  StagedArtifact,
} from '../../aggregates/lineage-session/lineage-session.events';
import { evolveLineageSession } from '../../aggregates/lineage-session/lineage-session.evolve';
import {
  LineageSessionState,
  initialLineageSessionState,
} from '../../aggregates/lineage-session/lineage-session.state';
import { artifactNotFound } from '../../aggregates/artifact/artifact.errors';

export interface ArtifactToStage {
  readonly hashes: readonly ArtifactHash[];
  readonly size: number;
  readonly sourceType: SourceType;
  readonly sourceUrl: string | null;
}

export interface StageLineageArtifacts {
  readonly sessionId: string;
  readonly caller: { readonly principalId: string; readonly admin: boolean };
  readonly artifacts: readonly ArtifactToStage[];
}

export interface StageLineageArtifactsContext {
  /** Artifacts registered before (by any session), by `alg:digest` of each of their hashes. */
  readonly known: ReadonlyMap<string, { readonly artifactId: string; readonly size: number }>;
  /** Known artifacts this session names already. */
  readonly namedBySession: ReadonlySet<string>;
  /** The deposits `custody://` sources name: their recorded size and sha256, or null when there is none. */
  readonly deposits: ReadonlyMap<string, { readonly sizeBytes: number; readonly sha256: string } | null>;
}

/**
 * Registers artifacts by their real hashes and size: a hash known already is that artifact (`existing`), and
 * must agree on its size; a `custody://` source must equal its deposit (size and sha256). Either refusal,
 * LineageArtifactMismatch, refuses the whole batch.
 */
export const stageLineageArtifactsDecider: Decider<
  LineageSessionState,
  StageLineageArtifacts,
  LineageSessionEvent,
  StageLineageArtifactsContext
> = {
  initialState: initialLineageSessionState,
  evolve: evolveLineageSession,
  decide(state, command, context, { newId }) {
    openSession(state, command.sessionId, command.caller);
    const known = new Map(context.known);
    const named = new Set(context.namedBySession);
    const fresh: StagedArtifact[] = [];
    const existing: string[] = [];
    command.artifacts.forEach((artifact, index) => {
      if (artifact.sourceType === 'custody' && artifact.sourceUrl !== null) {
        const deposit = context.deposits.get(artifact.sourceUrl) ?? null;
        if (deposit === null) throw artifactNotFound(artifact.sourceUrl);
        const sha256 = artifact.hashes.find((h) => h.algorithm === 'sha256')?.digest;
        if (deposit.sizeBytes !== artifact.size || deposit.sha256 !== sha256) {
          throw lineageArtifactMismatch(
            `artifacts[${index}] names deposit ${artifact.sourceUrl} (size ${deposit.sizeBytes}, sha256 ` +
              `${deposit.sha256}) but says size ${artifact.size}, sha256 ${sha256 ?? 'none'}.`,
          );
        }
      }
      const matches = [...new Set(artifact.hashes.flatMap((h) => known.get(hashKey(h)) ?? []))];
      const ids = new Set(matches.map((m) => m.artifactId));
      if (ids.size > 1) {
        throw lineageArtifactMismatch(`artifacts[${index}]: its hashes name ${ids.size} different artifacts.`);
      }
      const match = matches[0];
      if (match) {
        if (match.size !== artifact.size) {
          throw lineageArtifactMismatch(
            `artifacts[${index}] (${artifact.hashes.map(hashKey).join(', ')}) is registered with size ` +
              `${match.size}, not ${artifact.size}.`,
          );
        }
        if (!named.has(match.artifactId)) {
          named.add(match.artifactId);
          existing.push(match.artifactId);
        }
        return;
      }
      const staged: StagedArtifact = {
        artifactId: newId(),
        nodeId: artifactNodeId(artifact.hashes),
        hashes: sortedHashes(artifact.hashes),
        size: artifact.size,
        sourceType: artifact.sourceType,
        sourceUrl: artifact.sourceUrl,
      };
      fresh.push(staged);
      named.add(staged.artifactId);
      for (const hash of artifact.hashes)
        known.set(hashKey(hash), { artifactId: staged.artifactId, size: staged.size });
    });
    if (fresh.length === 0 && existing.length === 0) return [];
    return [
      {
        type: 'LineageArtifactsStaged',
        data: { sessionId: command.sessionId, artifacts: fresh, existingArtifactIds: existing },
      },
    ];
  },
};
