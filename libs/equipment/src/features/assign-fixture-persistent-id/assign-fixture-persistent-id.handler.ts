import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, CUSTODY_CONFIG, CustodyConfig, authorize } from '@custody/platform';
import { DOI_MINTER, DoiMinter } from '@custody/ports';
import { FIXTURE_STREAM } from '../../aggregates/fixture/fixture.events';
import { PersistentIdentifier } from '../../aggregates/persistent-id/persistent-id';
import { assignPersistentId } from '../../persistent-ids/assign-persistent-id';
import { buildFixturePidinst } from '../../pidinst/build-pidinst';
import { loadFixturePidinstFacts } from '../../pidinst/pidinst-facts';
import { AssignFixturePersistentIdCommand } from './assign-fixture-persistent-id.command';
import { assignFixturePersistentIdDecider } from './assign-fixture-persistent-id.decider';

@CommandHandler(AssignFixturePersistentIdCommand)
export class AssignFixturePersistentIdHandler implements ICommandHandler<AssignFixturePersistentIdCommand> {
  constructor(
    private readonly aggregates: AggregateRepository,
    @Inject(DOI_MINTER) private readonly minter: DoiMinter,
    @Inject(CUSTODY_CONFIG) private readonly config: CustodyConfig,
  ) {}

  async execute({ input, meta }: AssignFixturePersistentIdCommand): Promise<PersistentIdentifier> {
    authorize(meta, 'command');
    const { fixtureId } = input;
    const decider = assignFixturePersistentIdDecider;
    return assignPersistentId(this.aggregates, this.minter, meta, {
      what: `fixture ${fixtureId}`,
      request: async (unit) => {
        const { state } = await unit.load(decider, fixtureId);
        const command = { kind: 'request' as const, fixtureId, scheme: input.scheme, suffix: input.suffix ?? null };
        const events = decider.decide(state, command, { prefixes: this.config.persistentIdPrefixes }, unit.deps);
        unit.append(FIXTURE_STREAM, fixtureId, events);
        const requested = events.find((e) => e.type === 'FixturePersistentIdRequested');
        if (!requested) throw new Error('the request decision recorded no FixturePersistentIdRequested');
        return { scheme: requested.data.scheme, value: requested.data.value };
      },
      record: async (identifier) => {
        const facts = await loadFixturePidinstFacts((aggregate, id) => this.aggregates.load(aggregate, id), fixtureId);
        return facts ? buildFixturePidinst(facts, { publicUrl: this.config.publicUrl, identifier }) : undefined;
      },
      recordOutcome: async (value, failure) => {
        await this.aggregates.execute({
          decider,
          streamType: FIXTURE_STREAM,
          streamId: fixtureId,
          command: { kind: 'record-outcome', fixtureId, value, failure },
          meta,
        });
      },
    });
  }
}
