import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, authorize } from '@custody/platform';
import { LINEAGE_SESSION_STREAM } from '../../aggregates/lineage-session/lineage-session.events';
import { LineageStore } from '../../lineage/lineage-store';
import { OpenLineageSessionCommand, OpenLineageSessionOutput } from './open-lineage-session.command';
import { openLineageSessionDecider } from './open-lineage-session.decider';

@CommandHandler(OpenLineageSessionCommand)
export class OpenLineageSessionHandler implements ICommandHandler<OpenLineageSessionCommand> {
  constructor(
    private readonly aggregates: AggregateRepository,
    private readonly store: LineageStore,
  ) {}

  async execute({ input, meta }: OpenLineageSessionCommand): Promise<OpenLineageSessionOutput> {
    authorize(meta, 'worker');
    const principalId = meta.principal.principalId;
    const clientSessionId = input.clientSessionId ?? null;
    return this.aggregates.transact(meta, async (unit) => {
      // Two opens with the same clientSessionId run one after the other: the second resumes the first.
      let resumable: { sessionId: string; status: 'open' | 'closed' } | null = null;
      if (clientSessionId !== null) {
        await unit.lock([`lineage-client:${principalId}:${clientSessionId}`]);
        resumable = await this.store.sessionByClientId(unit.manager, principalId, clientSessionId);
      }
      const sessionId = resumable?.sessionId ?? unit.newId();
      const { state } = await unit.load(openLineageSessionDecider, sessionId);
      const events = openLineageSessionDecider.decide(
        state,
        { sessionId, principalId, clientSessionId, git: input.git ?? null },
        { resumable },
        unit.deps,
      );
      unit.append(LINEAGE_SESSION_STREAM, sessionId, events);
      for (const event of events)
        if (event.type === 'LineageSessionOpened') await this.store.recordOpened(unit.manager, event);
      return resumable
        ? { sessionId, created: false, status: resumable.status }
        : { sessionId, created: true, status: 'open' as const };
    });
  }
}
