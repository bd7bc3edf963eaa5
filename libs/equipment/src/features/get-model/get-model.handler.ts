import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AggregateRepository, authorize } from '@custody/platform';
import { modelNotFound } from '../../aggregates/model/model.errors';
import { evolveModel } from '../../aggregates/model/model.evolve';
import { ModelView, initialModelState, toModelView } from '../../aggregates/model/model.state';
import { GetModelQuery } from './get-model.query';

/** Folds the stream: always current. */
@QueryHandler(GetModelQuery)
export class GetModelHandler implements IQueryHandler<GetModelQuery> {
  constructor(private readonly aggregates: AggregateRepository) {}

  async execute({ input, meta }: GetModelQuery): Promise<ModelView> {
    authorize(meta, 'read');
    const { state, version } = await this.aggregates.load(
      { evolve: evolveModel, initialState: initialModelState },
      input.modelId,
    );
    if (!state.exists) throw modelNotFound(input.modelId);
    return toModelView(state, version);
  }
}
