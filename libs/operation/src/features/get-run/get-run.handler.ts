import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AggregateRepository, authorize } from '@custody/platform';
import { runNotFound } from '../../aggregates/run/run.errors';
import { evolveRun } from '../../aggregates/run/run.evolve';
import { RunView, initialRunState, toRunView } from '../../aggregates/run/run.state';
import { GetRunQuery } from './get-run.query';

/** Folds the stream: always current. */
@QueryHandler(GetRunQuery)
export class GetRunHandler implements IQueryHandler<GetRunQuery> {
  constructor(private readonly aggregates: AggregateRepository) {}

  async execute({ input, meta }: GetRunQuery): Promise<RunView> {
    authorize(meta, 'read');
    const { state, version } = await this.aggregates.load(
      { evolve: evolveRun, initialState: initialRunState },
      input.runId,
    );
    if (!state.exists) throw runNotFound(input.runId);
    return toRunView(state, version);
  }
}
