import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AggregateRepository, CUSTODY_CONFIG, CustodyConfig, authorize } from '@custody/platform';
import { runNotFound } from '../../aggregates/run/run.errors';
import { evolveRun } from '../../aggregates/run/run.evolve';
import { OpenLineageRunEvent, toOpenLineageRunEvents } from '../../aggregates/run/run.openlineage';
import { initialRunState } from '../../aggregates/run/run.state';
import { GetRunOpenlineageQuery } from './get-run-openlineage.query';

/** Folds the run's stream and renders it for export; the namespace is this installation's public URL. */
@QueryHandler(GetRunOpenlineageQuery)
export class GetRunOpenlineageHandler implements IQueryHandler<GetRunOpenlineageQuery> {
  constructor(
    private readonly aggregates: AggregateRepository,
    @Inject(CUSTODY_CONFIG) private readonly config: CustodyConfig,
  ) {}

  async execute({ input, meta }: GetRunOpenlineageQuery): Promise<OpenLineageRunEvent[]> {
    authorize(meta, 'read');
    const { state } = await this.aggregates.load({ evolve: evolveRun, initialState: initialRunState }, input.runId);
    if (!state.exists) throw runNotFound(input.runId);
    return toOpenLineageRunEvents(state, {
      namespace: this.config.publicUrl,
      producer: `${this.config.publicUrl}/docs`,
    });
  }
}
