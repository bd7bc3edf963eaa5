import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, EventStore, authorize, isAdminClass } from '@custody/platform';
import { evolveLineageSession } from '../../aggregates/lineage-session/lineage-session.evolve';
import { initialLineageSessionState } from '../../aggregates/lineage-session/lineage-session.state';
import { appendBatch } from '../../lineage/lineage-batches';
import { LineageStore } from '../../lineage/lineage-store';
import { StageLineageJobsCommand, StageLineageJobsOutput } from './stage-lineage-jobs.command';
import { stageLineageJobsDecider } from './stage-lineage-jobs.decider';

@CommandHandler(StageLineageJobsCommand)
export class StageLineageJobsHandler implements ICommandHandler<StageLineageJobsCommand> {
  constructor(
    private readonly aggregates: AggregateRepository,
    private readonly store: LineageStore,
    private readonly eventStore: EventStore,
  ) {}

  async execute({ sessionId, input, meta }: StageLineageJobsCommand): Promise<StageLineageJobsOutput> {
    authorize(meta, 'worker');
    const jobs = input.jobs.map((j) => ({
      jobUid: j.jobUid,
      command: j.command,
      stepNumber: j.stepNumber,
      startedAt: j.startedAt,
      durationSeconds: j.durationSeconds ?? null,
      exitCode: j.exitCode ?? null,
      runId: j.runId?.toLowerCase() ?? null,
    }));
    return this.aggregates.transact(meta, async (unit) => {
      // Locking the session serialises its batches and its finalize.
      const { state } = await unit.load(
        { evolve: evolveLineageSession, initialState: initialLineageSessionState },
        sessionId,
      );
      const context = await this.store.jobFacts(
        unit.manager,
        sessionId,
        jobs.map((j) => j.jobUid),
      );
      const events = stageLineageJobsDecider.decide(
        state,
        { sessionId, caller: { principalId: meta.principal.principalId, admin: isAdminClass(meta.principal) }, jobs },
        context,
        unit.deps,
      );
      let created = 0;
      if (events.length > 0) {
        await appendBatch(this.eventStore, this.store, unit, meta, events);
        for (const event of events) if (event.type === 'LineageJobsStaged') created += event.data.jobs.length;
      }
      return { created, existing: jobs.length - created };
    });
  }
}
