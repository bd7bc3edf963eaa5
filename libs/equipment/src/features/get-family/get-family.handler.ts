import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AggregateRepository, authorize } from '@custody/platform';
import { familyNotFound } from '../../aggregates/family/family.errors';
import { evolveFamily } from '../../aggregates/family/family.evolve';
import { FamilyView, initialFamilyState, toFamilyView } from '../../aggregates/family/family.state';
import { GetFamilyQuery } from './get-family.query';

/** Folds the stream: always current. */
@QueryHandler(GetFamilyQuery)
export class GetFamilyHandler implements IQueryHandler<GetFamilyQuery> {
  constructor(private readonly aggregates: AggregateRepository) {}

  async execute({ input, meta }: GetFamilyQuery): Promise<FamilyView> {
    authorize(meta, 'read');
    const { state, version } = await this.aggregates.load(
      { evolve: evolveFamily, initialState: initialFamilyState },
      input.familyId,
    );
    if (!state.exists) throw familyNotFound(input.familyId);
    return toFamilyView(state, version);
  }
}
