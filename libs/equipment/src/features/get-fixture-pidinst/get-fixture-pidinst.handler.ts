import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AggregateRepository, CUSTODY_CONFIG, CustodyConfig, authorize } from '@custody/platform';
import { fixtureNotFound } from '../../aggregates/fixture/fixture.errors';
import { buildFixturePidinst, requireCompletePidinst } from '../../pidinst/build-pidinst';
import { loadFixturePidinstFacts } from '../../pidinst/pidinst-facts';
import { PidinstRecord } from '../../pidinst/pidinst-record';
import { GetFixturePidinstQuery } from './get-fixture-pidinst.query';

/** Folds the fixture, its assembly and its bound assets (with their models): always current. */
@QueryHandler(GetFixturePidinstQuery)
export class GetFixturePidinstHandler implements IQueryHandler<GetFixturePidinstQuery> {
  constructor(
    private readonly aggregates: AggregateRepository,
    @Inject(CUSTODY_CONFIG) private readonly config: CustodyConfig,
  ) {}

  async execute({ input, meta }: GetFixturePidinstQuery): Promise<PidinstRecord> {
    if (meta) authorize(meta, 'read');
    const facts = await loadFixturePidinstFacts(
      (aggregate, id) => this.aggregates.load(aggregate, id),
      input.fixtureId,
    );
    if (!facts) throw fixtureNotFound(input.fixtureId);
    return requireCompletePidinst(
      buildFixturePidinst(facts, { publicUrl: this.config.publicUrl }),
      `Fixture ${input.fixtureId} (owners and manufacturers come from its bound assets and their models)`,
    );
  }
}
