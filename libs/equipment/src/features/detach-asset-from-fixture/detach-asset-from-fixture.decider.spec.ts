import fc from 'fast-check';
import { fold, given } from '@custody/kernel';
import {
  FixtureAttachmentEvent,
  evolveFixtureAttachment,
  initialFixtureAttachmentState,
} from '../../aggregates/fixture/fixture-attachment';
import { FixtureEvent } from '../../aggregates/fixture/fixture.events';
import { assetId, at, registered as assetRegistered } from '../../aggregates/asset/asset.spec-kit';
import { detachAssetFromFixtureDecider } from './detach-asset-from-fixture.decider';

const fixtureId = '0190a000-0000-7000-8000-0000000000c1';
const otherFixtureId = '0190a000-0000-7000-8000-0000000000c2';

const fixtureRegistered: FixtureEvent = {
  type: 'FixtureRegistered',
  data: {
    fixtureId,
    assemblyId: '0190a000-0000-7000-8000-0000000000b1',
    slotAssetBindings: [{ slotName: 'detector', assetId }],
    parameterOverrides: null,
    registeredAt: at,
  },
};
const attached: FixtureAttachmentEvent[] = [
  { type: 'AssetAttachedToFixture', data: { assetId, fixtureId, at } },
  { type: 'FixtureAssetAttached', data: { fixtureId, assetId, at } },
];
const detached: FixtureAttachmentEvent[] = [
  { type: 'AssetDetachedFromFixture', data: { assetId, fixtureId, at } },
  { type: 'FixtureAssetDetached', data: { fixtureId, assetId, at } },
];
const command = { assetId, fixtureId };

describe('detach asset from fixture', () => {
  it('detaches an attached asset: both the asset and the fixture record it', () => {
    given(detachAssetFromFixtureDecider, [assetRegistered, fixtureRegistered, ...attached])
      .when(command, undefined)
      .then(detached);
  });

  it('refuses an unknown asset before an unknown fixture', () => {
    given(detachAssetFromFixtureDecider, []).when(command, undefined).thenFails('AssetNotFound');
    given(detachAssetFromFixtureDecider, [assetRegistered]).when(command, undefined).thenFails('FixtureNotFound');
  });

  it('refuses an asset attached to no fixture', () => {
    given(detachAssetFromFixtureDecider, [assetRegistered, fixtureRegistered])
      .when(command, undefined)
      .thenFails('AssetNotAttachedToFixture');
    given(detachAssetFromFixtureDecider, [assetRegistered, fixtureRegistered, ...attached, ...detached])
      .when(command, undefined)
      .thenFails('AssetNotAttachedToFixture');
  });

  it('refuses an asset attached to another fixture', () => {
    const error = given(detachAssetFromFixtureDecider, [
      assetRegistered,
      fixtureRegistered,
      { type: 'AssetAttachedToFixture', data: { assetId, fixtureId: otherFixtureId, at } },
    ])
      .when(command, undefined)
      .thenFails('AssetAttachedToDifferentFixture');
    expect(error.message).toContain(otherFixtureId);
  });

  it('after any number of attach/detach rounds, a detach succeeds exactly when the asset is attached, and leaves both sides empty', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { maxLength: 10 }), (attachFirst) => {
        let history: FixtureAttachmentEvent[] = [assetRegistered, fixtureRegistered];
        for (const attach of attachFirst) {
          const state = fold(evolveFixtureAttachment, initialFixtureAttachmentState, history);
          const isAttached = state.asset.exists && state.asset.fixtureId !== null;
          if (attach && !isAttached) {
            history = [...history, ...attached];
            continue;
          }
          const { outcome } = given(detachAssetFromFixtureDecider, history).when(command, undefined);
          if (isAttached !== 'events' in outcome) return false;
          if ('events' in outcome) history = [...history, ...outcome.events];
        }
        const final = fold(evolveFixtureAttachment, initialFixtureAttachmentState, history);
        if (!final.asset.exists || !final.fixture.exists) return false;
        return (final.asset.fixtureId === fixtureId) === final.fixture.attachedAssetIds.includes(assetId);
      }),
    );
  });
});
