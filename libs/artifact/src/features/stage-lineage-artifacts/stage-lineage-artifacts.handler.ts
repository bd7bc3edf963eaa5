import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, EventStore, authorize, isAdminClass } from '@custody/platform';
import { artifactIdOfUri } from '../../aggregates/artifact/artifact-id';
import { evolveArtifact } from '../../aggregates/artifact/artifact.evolve';
import { initialArtifactState } from '../../aggregates/artifact/artifact.state';
import { evolveLineageSession } from '../../aggregates/lineage-session/lineage-session.evolve';
import { initialLineageSessionState } from '../../aggregates/lineage-session/lineage-session.state';
import { appendBatch } from '../../lineage/lineage-batches';
import { LineageStore } from '../../lineage/lineage-store';
import { StageLineageArtifactsCommand, StageLineageArtifactsOutput } from './stage-lineage-artifacts.command';
import { ArtifactToStage, stageLineageArtifactsDecider } from './stage-lineage-artifacts.decider';

const sessionFold = { evolve: evolveLineageSession, initialState: initialLineageSessionState };

@CommandHandler(StageLineageArtifactsCommand)
export class StageLineageArtifactsHandler implements ICommandHandler<StageLineageArtifactsCommand> {
  constructor(
    private readonly aggregates: AggregateRepository,
    private readonly store: LineageStore,
    private readonly eventStore: EventStore,
  ) {}

  async execute({ sessionId, input, meta }: StageLineageArtifactsCommand): Promise<StageLineageArtifactsOutput> {
    authorize(meta, 'worker');
    const artifacts: ArtifactToStage[] = input.artifacts.map((a) => ({
      hashes: a.hashes,
      size: a.size,
      sourceType: a.sourceType,
      sourceUrl: a.sourceUrl ?? null,
    }));
    return this.aggregates.transact(meta, async (unit) => {
      const { state } = await unit.load(sessionFold, sessionId);
      const { known, namedBySession } = await this.store.artifactsByHash(
        unit.manager,
        artifacts.flatMap((a) => a.hashes),
        sessionId,
      );
      const deposits = new Map<string, { sizeBytes: number; sha256: string } | null>();
      for (const uri of new Set(artifacts.filter((a) => a.sourceType === 'custody').map((a) => a.sourceUrl!))) {
        const id = artifactIdOfUri(uri);
        const deposit = id
          ? (
              await this.aggregates.load(
                { evolve: evolveArtifact, initialState: initialArtifactState },
                id,
                unit.manager,
              )
            ).state
          : initialArtifactState;
        deposits.set(uri, deposit.exists ? { sizeBytes: deposit.sizeBytes, sha256: deposit.sha256 } : null);
      }
      const events = stageLineageArtifactsDecider.decide(
        state,
        {
          sessionId,
          caller: { principalId: meta.principal.principalId, admin: isAdminClass(meta.principal) },
          artifacts,
        },
        { known, namedBySession, deposits },
        unit.deps,
      );
      let created = 0;
      if (events.length > 0) {
        await appendBatch(this.eventStore, this.store, unit, meta, events);
        for (const event of events) if (event.type === 'LineageArtifactsStaged') created += event.data.artifacts.length;
      }
      return { created, existing: artifacts.length - created };
    });
  }
}
