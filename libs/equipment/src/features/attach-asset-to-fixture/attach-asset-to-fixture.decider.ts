import { Decider, conflict, invalid } from '@custody/kernel';
import { assetNotFound } from '../../aggregates/asset/asset.errors';
import {
  FixtureAttachmentEvent,
  FixtureAttachmentState,
  evolveFixtureAttachment,
  initialFixtureAttachmentState,
} from '../../aggregates/fixture/fixture-attachment';
import { fixtureNotFound } from '../../aggregates/fixture/fixture.errors';

export interface AttachAssetToFixture {
  readonly assetId: string;
  readonly fixtureId: string;
}

/**
 * Attaches an asset to a fixture whose slot bindings name it. An asset is attached to at most one fixture at a
 * time (its "fixture binding", which blocks decommissioning and uninstalling); both streams record it.
 */
export const attachAssetToFixtureDecider: Decider<
  FixtureAttachmentState,
  AttachAssetToFixture,
  FixtureAttachmentEvent
> = {
  initialState: initialFixtureAttachmentState,
  evolve: evolveFixtureAttachment,
  decide({ asset, fixture }, { assetId, fixtureId }, _context, { now }) {
    if (!asset.exists) throw assetNotFound(assetId);
    if (!fixture.exists) throw fixtureNotFound(fixtureId);
    const binding = fixture.slotAssetBindings.find((b) => b.assetId === assetId);
    if (!binding) {
      throw invalid(
        'AssetNotBoundInFixture',
        `Asset ${assetId} is not bound in any slot of fixture ${fixtureId}; only its bound assets can be attached.`,
      );
    }
    if (asset.fixtureId !== null) {
      throw conflict(
        'AssetAlreadyAttachedToFixture',
        asset.fixtureId === fixtureId
          ? `Asset ${assetId} is already attached to fixture ${fixtureId}.`
          : `Asset ${assetId} is attached to fixture ${asset.fixtureId}; detach it from there first.`,
      );
    }
    if (asset.lifecycle === 'Decommissioned') {
      throw conflict(
        'AssetCannotAttachToFixture',
        `Asset ${assetId} is decommissioned and cannot be attached to a fixture.`,
      );
    }
    return [
      { type: 'AssetAttachedToFixture', data: { assetId, fixtureId, at: now } },
      { type: 'FixtureAssetAttached', data: { fixtureId, assetId, at: now } },
    ];
  },
};
