import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AggregateRepository, authorize } from '@custody/platform';
import { fixtureNotFound } from '../../aggregates/fixture/fixture.errors';
import { evolveFixture } from '../../aggregates/fixture/fixture.evolve';
import { FixtureView, initialFixtureState, toFixtureView } from '../../aggregates/fixture/fixture.state';
import { GetFixtureQuery } from './get-fixture.query';

/** Folds the stream: always current, never behind a projection. */
@QueryHandler(GetFixtureQuery)
export class GetFixtureHandler implements IQueryHandler<GetFixtureQuery> {
  constructor(private readonly aggregates: AggregateRepository) {}

  async execute({ input, meta }: GetFixtureQuery): Promise<FixtureView> {
    authorize(meta, 'read');
    const { state, version } = await this.aggregates.load(
      { evolve: evolveFixture, initialState: initialFixtureState },
      input.fixtureId,
    );
    if (!state.exists) throw fixtureNotFound(input.fixtureId);
    return toFixtureView(state, version);
  }
}
