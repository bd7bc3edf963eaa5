import { Decider } from '@custody/kernel';
import { AggregateRepository, CommandMeta } from '@custody/platform';
import { ASSET_STREAM } from '../aggregates/asset/asset.events';
import { evolveAsset } from '../aggregates/asset/asset.evolve';
import { initialAssetState } from '../aggregates/asset/asset.state';
import {
  FixtureAttachmentEvent,
  FixtureAttachmentState,
  isAssetEvent,
  isFixtureEvent,
} from '../aggregates/fixture/fixture-attachment';
import { FIXTURE_STREAM } from '../aggregates/fixture/fixture.events';
import { evolveFixture } from '../aggregates/fixture/fixture.evolve';
import { initialFixtureState } from '../aggregates/fixture/fixture.state';

export interface AssetAndFixture {
  readonly assetId: string;
  readonly fixtureId: string;
}

/**
 * Attach and detach: the asset and the fixture are locked, folded and written in one transaction
 * (e.g. AssetAttachedToFixture + FixtureAssetAttached), each event to its own stream.
 */
export async function decideFixtureAttachment<TCommand extends AssetAndFixture>(
  aggregates: AggregateRepository,
  meta: CommandMeta,
  decider: Decider<FixtureAttachmentState, TCommand, FixtureAttachmentEvent>,
  command: TCommand,
): Promise<void> {
  const { assetId, fixtureId } = command;
  await aggregates.transact(meta, async (unit) => {
    await unit.lock([assetId, fixtureId]);
    const asset = await unit.load({ evolve: evolveAsset, initialState: initialAssetState }, assetId);
    const fixture = await unit.load({ evolve: evolveFixture, initialState: initialFixtureState }, fixtureId);
    const events = decider.decide({ asset: asset.state, fixture: fixture.state }, command, undefined, unit.deps);
    unit.append(ASSET_STREAM, assetId, events.filter(isAssetEvent));
    unit.append(FIXTURE_STREAM, fixtureId, events.filter(isFixtureEvent));
  });
}
