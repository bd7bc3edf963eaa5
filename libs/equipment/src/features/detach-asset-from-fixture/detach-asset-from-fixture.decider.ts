import { Decider, conflict } from '@custody/kernel';
import { assetNotFound } from '../../aggregates/asset/asset.errors';
import {
  FixtureAttachmentEvent,
  FixtureAttachmentState,
  evolveFixtureAttachment,
  initialFixtureAttachmentState,
} from '../../aggregates/fixture/fixture-attachment';
import { fixtureNotFound } from '../../aggregates/fixture/fixture.errors';

export interface DetachAssetFromFixture {
  readonly assetId: string;
  readonly fixtureId: string;
}

/** Detaches an asset from the fixture it is attached to; both streams record it. The slot binding stays. */
export const detachAssetFromFixtureDecider: Decider<
  FixtureAttachmentState,
  DetachAssetFromFixture,
  FixtureAttachmentEvent
> = {
  initialState: initialFixtureAttachmentState,
  evolve: evolveFixtureAttachment,
  decide({ asset, fixture }, { assetId, fixtureId }, _context, { now }) {
    if (!asset.exists) throw assetNotFound(assetId);
    if (!fixture.exists) throw fixtureNotFound(fixtureId);
    if (asset.fixtureId === null) {
      throw conflict('AssetNotAttachedToFixture', `Asset ${assetId} is not attached to any fixture.`);
    }
    if (asset.fixtureId !== fixtureId) {
      throw conflict(
        'AssetAttachedToDifferentFixture',
        `Asset ${assetId} is attached to fixture ${asset.fixtureId}, not to ${fixtureId}.`,
      );
    }
    return [
      { type: 'AssetDetachedFromFixture', data: { assetId, fixtureId, at: now } },
      { type: 'FixtureAssetDetached', data: { fixtureId, assetId, at: now } },
    ];
  },
};
