import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { createHash } from 'node:crypto';
import { AggregateRepository, authorize, isAdminClass } from '@custody/platform';
import { renderLineage } from '../../aggregates/lineage-session/lineage-rendering';
import { lineageSessionNotFound } from '../../aggregates/lineage-session/lineage-session.errors';
import { LINEAGE_SESSION_STREAM } from '../../aggregates/lineage-session/lineage-session.events';
import { evolveLineageSession } from '../../aggregates/lineage-session/lineage-session.evolve';
import { initialLineageSessionState } from '../../aggregates/lineage-session/lineage-session.state';
import { LineageStore } from '../../lineage/lineage-store';
import { FinalizeLineageSessionCommand, FinalizeLineageSessionOutput } from './finalize-lineage-session.command';
import { finalizeLineageSessionDecider } from './finalize-lineage-session.decider';

/** Every finalize takes this lock: two sessions claiming one jobUid finalize one after the other. */
const FINALIZE_LOCK = 'lineage-finalize';

@CommandHandler(FinalizeLineageSessionCommand)
export class FinalizeLineageSessionHandler implements ICommandHandler<FinalizeLineageSessionCommand> {
  constructor(
    private readonly aggregates: AggregateRepository,
    private readonly store: LineageStore,
  ) {}

  async execute({ sessionId, input, meta }: FinalizeLineageSessionCommand): Promise<FinalizeLineageSessionOutput> {
    authorize(meta, 'worker');
    return this.aggregates.transact(meta, async (unit) => {
      const { state } = await unit.load(
        { evolve: evolveLineageSession, initialState: initialLineageSessionState },
        sessionId,
      );
      await unit.lock([FINALIZE_LOCK]);
      const facts = await this.store.finalizeFacts(unit.manager, sessionId, state.exists ? state.git : null);
      const lineageHash = createHash('sha256').update(renderLineage(facts.content), 'utf8').digest('hex');
      const events = finalizeLineageSessionDecider.decide(
        state,
        {
          sessionId,
          caller: { principalId: meta.principal.principalId, admin: isAdminClass(meta.principal) },
          expected: input.expected,
        },
        { staged: facts.counts, conflictingJobUid: facts.conflictingJobUid, lineageHash },
        unit.deps,
      );
      unit.append(LINEAGE_SESSION_STREAM, sessionId, events);
      for (const event of events) {
        if (event.type === 'LineageSessionFinalized') await this.store.recordFinalized(unit.manager, event);
      }
      const sealed = events.length > 0 ? lineageHash : state.exists ? state.lineageHash : null;
      if (sealed === null) throw lineageSessionNotFound(sessionId);
      return { sessionId, status: 'closed' as const, lineageHash: sealed };
    });
  }
}
