import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AggregateRepository, authorize } from '@custody/platform';
import { methodNotFound } from '../../aggregates/method/method.errors';
import { evolveMethod } from '../../aggregates/method/method.evolve';
import { MethodView, initialMethodState, toMethodView } from '../../aggregates/method/method.state';
import { GetMethodQuery } from './get-method.query';

/** Folds the stream: always current. */
@QueryHandler(GetMethodQuery)
export class GetMethodHandler implements IQueryHandler<GetMethodQuery> {
  constructor(private readonly aggregates: AggregateRepository) {}

  async execute({ input, meta }: GetMethodQuery): Promise<MethodView> {
    authorize(meta, 'read');
    const { state, version } = await this.aggregates.load(
      { evolve: evolveMethod, initialState: initialMethodState },
      input.methodId,
    );
    if (!state.exists) throw methodNotFound(input.methodId);
    return toMethodView(state, version);
  }
}
