import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, EventStore, authorize, isAdminClass } from '@custody/platform';
import { hashKey } from '../../aggregates/lineage-session/lineage-hashes';
import { evolveLineageSession } from '../../aggregates/lineage-session/lineage-session.evolve';
import { initialLineageSessionState } from '../../aggregates/lineage-session/lineage-session.state';
import { appendBatch } from '../../lineage/lineage-batches';
import { LineageStore } from '../../lineage/lineage-store';
import { MAX_SESSION_LINKS } from '../../lineage/lineage.schemas';
import { LinkLineageArtifactsCommand, LinkLineageArtifactsOutput } from './link-lineage-artifacts.command';
import { linkLineageArtifactsDecider } from './link-lineage-artifacts.decider';

const sessionFold = { evolve: evolveLineageSession, initialState: initialLineageSessionState };

@CommandHandler(LinkLineageArtifactsCommand)
export class LinkLineageArtifactsHandler implements ICommandHandler<LinkLineageArtifactsCommand> {
  constructor(
    private readonly aggregates: AggregateRepository,
    private readonly store: LineageStore,
    private readonly eventStore: EventStore,
  ) {}

  async execute({ sessionId, input, meta }: LinkLineageArtifactsCommand): Promise<LinkLineageArtifactsOutput> {
    authorize(meta, 'worker');
    const links = input.links;
    return this.aggregates.transact(meta, async (unit) => {
      const { state } = await unit.load(sessionFold, sessionId);
      const { artifacts, sessionJobs, present, total } = await this.store.linkBatchFacts(
        unit.manager,
        sessionId,
        links,
      );
      const events = linkLineageArtifactsDecider.decide(
        state,
        {
          sessionId,
          caller: { principalId: meta.principal.principalId, admin: isAdminClass(meta.principal) },
          links,
          maxSessionLinks: MAX_SESSION_LINKS,
        },
        { artifacts, sessionJobs, present, sessionLinkCount: total },
        unit.deps,
      );
      await appendBatch(this.eventStore, this.store, unit, meta, events);
      // The decider refused the batch unless every hash resolved, so these are all of its links.
      const linked = new Set(
        links.map((l) => `${l.jobUid}|${l.direction}|${artifacts.get(hashKey(l.hash))}|${l.path}`),
      );
      return { linked: linked.size };
    });
  }
}
