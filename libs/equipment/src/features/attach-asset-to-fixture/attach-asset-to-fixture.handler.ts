import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, authorize } from '@custody/platform';
import { ASSET_STREAM } from '../../aggregates/asset/asset.events';
import { evolveAsset } from '../../aggregates/asset/asset.evolve';
import { initialAssetState } from '../../aggregates/asset/asset.state';
import { isAssetEvent, isFixtureEvent } from '../../aggregates/fixture/fixture-attachment';
import { FIXTURE_STREAM } from '../../aggregates/fixture/fixture.events';
import { evolveFixture } from '../../aggregates/fixture/fixture.evolve';
import { initialFixtureState } from '../../aggregates/fixture/fixture.state';
import { AttachAssetToFixtureCommand } from './attach-asset-to-fixture.command';
import { attachAssetToFixtureDecider } from './attach-asset-to-fixture.decider';

/** Asset and fixture are locked and written in one transaction (AssetAttachedToFixture + FixtureAssetAttached). */
@CommandHandler(AttachAssetToFixtureCommand)
export class AttachAssetToFixtureHandler implements ICommandHandler<AttachAssetToFixtureCommand> {
  constructor(private readonly aggregates: AggregateRepository) {}

  async execute({ input, meta }: AttachAssetToFixtureCommand): Promise<void> {
    authorize(meta, 'command');
    const { assetId, fixtureId } = input;
    await this.aggregates.transact(meta, async (unit) => {
      await unit.lock([assetId, fixtureId]);
      const asset = await unit.load({ evolve: evolveAsset, initialState: initialAssetState }, assetId);
      const fixture = await unit.load({ evolve: evolveFixture, initialState: initialFixtureState }, fixtureId);
      const events = attachAssetToFixtureDecider.decide(
        { asset: asset.state, fixture: fixture.state },
        { assetId, fixtureId },
        undefined,
        unit.deps,
      );
      unit.append(ASSET_STREAM, assetId, events.filter(isAssetEvent));
      unit.append(FIXTURE_STREAM, fixtureId, events.filter(isFixtureEvent));
    });
  }
}
