import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { IdGenerator } from '@custody/kernel';
import { AggregateRepository, ID_GENERATOR, authorize } from '@custody/platform';
import { STORAGE_CATALOGUE, StorageCatalogue, TierFacts } from '@custody/ports';
import { MATERIALIZATION_STREAM } from '../../aggregates/materialization/materialization.events';
import { evolveMaterialization } from '../../aggregates/materialization/materialization.evolve';
import { initialMaterializationState } from '../../aggregates/materialization/materialization.state';
import { MaterializationQueue } from '../../jobs/materialization/materialization-queue';
import { RequestMaterializationCommand, RequestMaterializationOutput } from './request-materialization.command';
import {
  CopyFact,
  RequestMaterializationContext,
  requestMaterializationDecider,
} from './request-materialization.decider';

/**
 * Reads the dataset, the target tier and the dataset's copies through the StorageCatalogue port, decides, then in
 * one transaction appends MaterializationRequested and inserts the first job into the tier pair's queue: the job
 * exists exactly when the request was committed.
 */
@CommandHandler(RequestMaterializationCommand)
export class RequestMaterializationHandler implements ICommandHandler<RequestMaterializationCommand> {
  constructor(
    private readonly aggregates: AggregateRepository,
    private readonly queue: MaterializationQueue,
    @Inject(STORAGE_CATALOGUE) private readonly catalogue: StorageCatalogue,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  async execute({
    input,
    meta,
    materializationId: given,
  }: RequestMaterializationCommand): Promise<RequestMaterializationOutput> {
    authorize(meta, 'worker');
    const materializationId = given ?? this.ids.newId();
    const context = await this.loadContext(input.datasetId, input.targetTierId);
    await this.aggregates.transact(meta, async (unit) => {
      const { state } = await unit.load(
        { evolve: evolveMaterialization, initialState: initialMaterializationState },
        materializationId,
      );
      const events = requestMaterializationDecider.decide(
        state,
        { materializationId, ...input, requestedBy: meta.principal.principalId },
        context,
        unit.deps,
      );
      unit.append(MATERIALIZATION_STREAM, materializationId, events);
      // pg-boss makes a table per queue, on its own connection (idempotent; a queue left by a rolled-back request
      // is harmless); the job itself is inserted in this transaction.
      const queue = events[0].data.queue;
      await this.queue.ensureQueue(queue);
      await this.queue.enqueue(queue, { materializationId }, { manager: unit.manager, id: materializationId });
    });
    return { materializationId, state: 'Pending' };
  }

  private async loadContext(datasetId: string, targetTierId: string): Promise<RequestMaterializationContext> {
    const [dataset, targetTier, copies] = await Promise.all([
      this.catalogue.findDataset(datasetId),
      this.catalogue.findTier(targetTierId),
      this.catalogue.findCopies(datasetId),
    ]);
    const tiers = new Map<string, TierFacts | null>();
    for (const copy of copies) {
      if (!tiers.has(copy.tierId)) tiers.set(copy.tierId, await this.catalogue.findTier(copy.tierId));
    }
    const copyFacts: CopyFact[] = copies.map((c) => ({ ...c, tier: tiers.get(c.tierId) ?? null }));
    return { dataset, targetTier, copies: copyFacts };
  }
}
