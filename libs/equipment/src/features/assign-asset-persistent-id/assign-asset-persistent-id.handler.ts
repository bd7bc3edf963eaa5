import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, CUSTODY_CONFIG, CustodyConfig, authorize } from '@custody/platform';
import { DOI_MINTER, DoiMinter } from '@custody/ports';
import { ASSET_STREAM } from '../../aggregates/asset/asset.events';
import { PersistentIdentifier } from '../../aggregates/persistent-id/persistent-id';
import { assignPersistentId } from '../../persistent-ids/assign-persistent-id';
import { buildAssetPidinst } from '../../pidinst/build-pidinst';
import { loadAssetPidinstFacts } from '../../pidinst/pidinst-facts';
import { AssignAssetPersistentIdCommand } from './assign-asset-persistent-id.command';
import { assignAssetPersistentIdDecider } from './assign-asset-persistent-id.decider';

@CommandHandler(AssignAssetPersistentIdCommand)
export class AssignAssetPersistentIdHandler implements ICommandHandler<AssignAssetPersistentIdCommand> {
  constructor(
    private readonly aggregates: AggregateRepository,
    @Inject(DOI_MINTER) private readonly minter: DoiMinter,
    @Inject(CUSTODY_CONFIG) private readonly config: CustodyConfig,
  ) {}

  async execute({ input, meta }: AssignAssetPersistentIdCommand): Promise<PersistentIdentifier> {
    authorize(meta, 'command');
    const { assetId } = input;
    const decider = assignAssetPersistentIdDecider;
    return assignPersistentId(this.aggregates, this.minter, meta, {
      what: `asset ${assetId}`,
      request: async (unit) => {
        const { state } = await unit.load(decider, assetId);
        const command = { kind: 'request' as const, assetId, scheme: input.scheme, suffix: input.suffix ?? null };
        const events = decider.decide(state, command, { prefixes: this.config.persistentIdPrefixes }, unit.deps);
        unit.append(ASSET_STREAM, assetId, events);
        const requested = events.find((e) => e.type === 'AssetPersistentIdRequested');
        if (!requested) throw new Error('the request decision recorded no AssetPersistentIdRequested');
        return { scheme: requested.data.scheme, value: requested.data.value };
      },
      record: async (identifier) => {
        const facts = await loadAssetPidinstFacts((aggregate, id) => this.aggregates.load(aggregate, id), assetId);
        return facts ? buildAssetPidinst(facts, { publicUrl: this.config.publicUrl, identifier }) : undefined;
      },
      recordOutcome: async (value, failure) => {
        await this.aggregates.execute({
          decider,
          streamType: ASSET_STREAM,
          streamId: assetId,
          command: { kind: 'record-outcome', assetId, value, failure },
          meta,
        });
      },
    });
  }
}
