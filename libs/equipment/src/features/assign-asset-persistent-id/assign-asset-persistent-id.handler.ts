import { Inject, Logger } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, CUSTODY_CONFIG, CustodyConfig, authorize } from '@custody/platform';
import { DOI_MINTER, DoiMinter, isDoiMintError } from '@custody/ports';
import { ASSET_STREAM } from '../../aggregates/asset/asset.events';
import { PersistentIdentifier } from '../../aggregates/persistent-id/persistent-id';
import { persistentIdMintFailed } from '../../aggregates/persistent-id/persistent-id.errors';
import { buildAssetPidinst } from '../../pidinst/build-pidinst';
import { loadAssetPidinstFacts } from '../../pidinst/pidinst-facts';
import { AssignAssetPersistentIdCommand } from './assign-asset-persistent-id.command';
import { assignAssetPersistentIdDecider } from './assign-asset-persistent-id.decider';

/**
 * Decide and record the request (unit 1) → mint outside any transaction → record the registry's answer (unit 2).
 * A refused command never reaches the minter; a failed mint leaves the request pending for the same request
 * again to retry the same identifier.
 */
@CommandHandler(AssignAssetPersistentIdCommand)
export class AssignAssetPersistentIdHandler implements ICommandHandler<AssignAssetPersistentIdCommand> {
  private readonly logger = new Logger('AssignAssetPersistentId');

  constructor(
    private readonly aggregates: AggregateRepository,
    @Inject(DOI_MINTER) private readonly minter: DoiMinter,
    @Inject(CUSTODY_CONFIG) private readonly config: CustodyConfig,
  ) {}

  async execute({ input, meta }: AssignAssetPersistentIdCommand): Promise<PersistentIdentifier> {
    authorize(meta, 'command');
    const { assetId } = input;
    const context = { prefixes: this.config.persistentIdPrefixes };
    const identifier = await this.aggregates.transact(meta, async (unit) => {
      const { state } = await unit.load(assignAssetPersistentIdDecider, assetId);
      const events = assignAssetPersistentIdDecider.decide(
        state,
        { kind: 'request', assetId, scheme: input.scheme, suffix: input.suffix ?? null },
        context,
        unit.deps,
      );
      unit.append(ASSET_STREAM, assetId, events);
      const requested = events.find((e) => e.type === 'AssetPersistentIdRequested');
      if (!requested) throw new Error('the request decision recorded no AssetPersistentIdRequested');
      return { scheme: requested.data.scheme, value: requested.data.value };
    });

    let failure: string | null = null;
    let unexpected: unknown = undefined;
    try {
      const facts = await loadAssetPidinstFacts((aggregate, id) => this.aggregates.load(aggregate, id), assetId);
      if (!facts) throw new Error(`asset ${assetId} vanished between its request and its mint`);
      const record = buildAssetPidinst(facts, { publicUrl: this.config.publicUrl, identifier });
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
      decider: assignAssetPersistentIdDecider,
      streamType: ASSET_STREAM,
      streamId: assetId,
      command: { kind: 'record-outcome', assetId, value: identifier.value, failure },
      meta,
    });
    if (unexpected !== undefined) throw unexpected;
    if (failure !== null) {
      this.logger.warn(`minting ${identifier.scheme} ${identifier.value} for asset ${assetId} failed: ${failure}`);
      throw persistentIdMintFailed(`asset ${assetId}`, identifier.scheme, identifier.value, failure);
    }
    return identifier;
  }
}
