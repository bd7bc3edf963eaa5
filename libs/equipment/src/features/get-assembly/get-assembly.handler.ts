import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AggregateRepository, authorize } from '@custody/platform';
import { assemblyNotFound } from '../../aggregates/assembly/assembly.errors';
import { evolveAssembly } from '../../aggregates/assembly/assembly.evolve';
import { AssemblyView, initialAssemblyState, toAssemblyView } from '../../aggregates/assembly/assembly.state';
import { GetAssemblyQuery } from './get-assembly.query';

/** Folds the stream: always current, never behind a projection. */
@QueryHandler(GetAssemblyQuery)
export class GetAssemblyHandler implements IQueryHandler<GetAssemblyQuery> {
  constructor(private readonly aggregates: AggregateRepository) {}

  async execute({ input, meta }: GetAssemblyQuery): Promise<AssemblyView> {
    authorize(meta, 'read');
    const { state, version } = await this.aggregates.load(
      { evolve: evolveAssembly, initialState: initialAssemblyState },
      input.assemblyId,
    );
    if (!state.exists) throw assemblyNotFound(input.assemblyId);
    return toAssemblyView(state, version);
  }
}
