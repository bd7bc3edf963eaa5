import { Inject, Logger } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, CUSTODY_CONFIG, CustodyConfig, authorize } from '@custody/platform';
import { DOI_MINTER, DoiMinter, isDoiMintError } from '@custody/ports';
import { FIXTURE_STREAM } from '../../aggregates/fixture/fixture.events';
import { PersistentIdentifier } from '../../aggregates/persistent-id/persistent-id';
import { persistentIdMintFailed } from '../../aggregates/persistent-id/persistent-id.errors';
import { buildFixturePidinst } from '../../pidinst/build-pidinst';
import { loadFixturePidinstFacts } from '../../pidinst/pidinst-facts';
import { AssignFixturePersistentIdCommand } from './assign-fixture-persistent-id.command';
import { assignFixturePersistentIdDecider } from './assign-fixture-persistent-id.decider';

/**
 * Decide and record the request (unit 1) → mint outside any transaction → record the registry's answer (unit 2).
 * A refused command never reaches the minter; a failed mint leaves the request pending for the same request
 * again to retry the same identifier.
 */
@CommandHandler(AssignFixturePersistentIdCommand)
export class AssignFixturePersistentIdHandler implements ICommandHandler<AssignFixturePersistentIdCommand> {
  private readonly logger = new Logger('AssignFixturePersistentId');

  constructor(
    private readonly aggregates: AggregateRepository,
    @Inject(DOI_MINTER) private readonly minter: DoiMinter,
    @Inject(CUSTODY_CONFIG) private readonly config: CustodyConfig,
  ) {}

  async execute({ input, meta }: AssignFixturePersistentIdCommand): Promise<PersistentIdentifier> {
    authorize(meta, 'command');
    const { fixtureId } = input;
    const context = { prefixes: this.config.persistentIdPrefixes };
    const identifier = await this.aggregates.transact(meta, async (unit) => {
      const { state } = await unit.load(assignFixturePersistentIdDecider, fixtureId);
      const events = assignFixturePersistentIdDecider.decide(
        state,
        { kind: 'request', fixtureId, scheme: input.scheme, suffix: input.suffix ?? null },
        context,
        unit.deps,
      );
      unit.append(FIXTURE_STREAM, fixtureId, events);
      const requested = events.find((e) => e.type === 'FixturePersistentIdRequested');
      if (!requested) throw new Error('the request decision recorded no FixturePersistentIdRequested');
      return { scheme: requested.data.scheme, value: requested.data.value };
    });

    let failure: string | null = null;
    let unexpected: unknown = undefined;
    try {
      const facts = await loadFixturePidinstFacts((aggregate, id) => this.aggregates.load(aggregate, id), fixtureId);
      if (!facts) throw new Error(`fixture ${fixtureId} vanished between its request and its mint`);
      const record = buildFixturePidinst(facts, { publicUrl: this.config.publicUrl, identifier });
      await this.minter.mint({
        scheme: identifier.scheme,
        identifier: identifier.value,
        landingPage: record.landingPage,
        record,
      });
    } catch (error) {
      if (isDoiMintError(error)) failure = error.detail;
      else {
        unexpected = error;
        failure = 'custody failed before the registry answered';
      }
    }
    await this.aggregates.execute({
      decider: assignFixturePersistentIdDecider,
      streamType: FIXTURE_STREAM,
      streamId: fixtureId,
      command: { kind: 'record-outcome', fixtureId, value: identifier.value, failure },
      meta,
    });
    if (unexpected !== undefined) throw unexpected;
    if (failure !== null) {
      this.logger.warn(`minting ${identifier.scheme} ${identifier.value} for fixture ${fixtureId} failed: ${failure}`);
      throw persistentIdMintFailed(`fixture ${fixtureId}`, identifier.scheme, identifier.value, failure);
    }
    return identifier;
  }
}
