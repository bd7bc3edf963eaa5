import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AggregateRepository, authorize } from '@custody/platform';
import { materializationNotFound } from '../../aggregates/materialization/materialization.errors';
import { evolveMaterialization } from '../../aggregates/materialization/materialization.evolve';
import { initialMaterializationState } from '../../aggregates/materialization/materialization.state';
import { MaterializationProgressStore } from '../../jobs/materialization/materialization-progress.store';
import { MaterializationView, toMaterializationView } from '../../schemas/materialization-view.schema';
import { GetMaterializationQuery } from './get-materialization.query';

/** Folds the stream (always current) and adds the job's live counters. */
@QueryHandler(GetMaterializationQuery)
export class GetMaterializationHandler implements IQueryHandler<GetMaterializationQuery> {
  constructor(
    private readonly aggregates: AggregateRepository,
    private readonly progress: MaterializationProgressStore,
  ) {}

  async execute({ input, meta }: GetMaterializationQuery): Promise<MaterializationView> {
    authorize(meta, 'read');
    const { state, version } = await this.aggregates.load(
      { evolve: evolveMaterialization, initialState: initialMaterializationState },
      input.materializationId,
    );
    if (!state.exists) throw materializationNotFound(input.materializationId);
    const live = await this.progress.read([state.materializationId]);
    return toMaterializationView(state, version, live.get(state.materializationId));
  }
}
