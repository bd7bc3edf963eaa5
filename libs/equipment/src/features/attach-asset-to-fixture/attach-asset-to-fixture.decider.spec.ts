import fc from 'fast-check';
import { fold, given } from '@custody/kernel';
import { AssetEvent } from '../../aggregates/asset/asset.events';
import { evolveAsset } from '../../aggregates/asset/asset.evolve';
import { initialAssetState } from '../../aggregates/asset/asset.state';
import { FixtureAttachmentEvent } from '../../aggregates/fixture/fixture-attachment';
import { FixtureEvent } from '../../aggregates/fixture/fixture.events';
import { evolveFixture } from '../../aggregates/fixture/fixture.evolve';
import { initialFixtureState } from '../../aggregates/fixture/fixture.state';
import {
  activated,
  assetId,
  at,
  decommissioned,
  registered as assetRegistered,
} from '../../aggregates/asset/asset.spec-kit';
import { attachAssetToFixtureDecider } from './attach-asset-to-fixture.decider';

const otherAssetId = '0190a000-0000-7000-8000-0000000000a2';
const fixtureId = '0190a000-0000-7000-8000-0000000000c1';
const otherFixtureId = '0190a000-0000-7000-8000-0000000000c2';
const mountId = '0190a000-0000-7000-8000-0000000000d1';

const installed: AssetEvent = { type: 'AssetInstalled', data: { assetId, mountId, at } };
const uninstalled: AssetEvent = { type: 'AssetUninstalled', data: { assetId, mountId, at } };
const fixtureRegistered = (id: string, boundAssetIds: string[]): FixtureEvent => ({
  type: 'FixtureRegistered',
  data: {
    fixtureId: id,
    assemblyId: '0190a000-0000-7000-8000-0000000000b1',
    slotAssetBindings: boundAssetIds.map((a) => ({ slotName: 'detector', assetId: a })),
    parameterOverrides: null,
    registeredAt: at,
  },
});
const attachedTo = (id: string): FixtureAttachmentEvent[] => [
  { type: 'AssetAttachedToFixture', data: { assetId, fixtureId: id, at } },
  { type: 'FixtureAssetAttached', data: { fixtureId: id, assetId, at } },
];
const ready = [assetRegistered, activated, installed, fixtureRegistered(fixtureId, [assetId])];
const command = { assetId, fixtureId };

describe('attach asset to fixture', () => {
  it('attaches a bound asset: both the asset and the fixture record it', () => {
    given(attachAssetToFixtureDecider, ready).when(command, undefined).then(attachedTo(fixtureId));
  });

  it('attaches a bound asset that is no longer installed', () => {
    given(attachAssetToFixtureDecider, [...ready, uninstalled])
      .when(command, undefined)
      .then(attachedTo(fixtureId));
  });

  it('refuses an unknown asset before an unknown fixture', () => {
    given(attachAssetToFixtureDecider, []).when(command, undefined).thenFails('AssetNotFound');
    given(attachAssetToFixtureDecider, [assetRegistered]).when(command, undefined).thenFails('FixtureNotFound');
  });

  it('refuses an asset the fixture does not bind', () => {
    given(attachAssetToFixtureDecider, [assetRegistered, fixtureRegistered(fixtureId, [otherAssetId])])
      .when(command, undefined)
      .thenFails('AssetNotBoundInFixture');
  });

  it('refuses an asset attached to this or another fixture', () => {
    const again = given(attachAssetToFixtureDecider, [...ready, ...attachedTo(fixtureId)])
      .when(command, undefined)
      .thenFails('AssetAlreadyAttachedToFixture');
    expect(again.message).toContain('already attached');
    const elsewhere = given(attachAssetToFixtureDecider, [...ready, ...attachedTo(otherFixtureId).slice(0, 1)])
      .when(command, undefined)
      .thenFails('AssetAlreadyAttachedToFixture');
    expect(elsewhere.message).toContain(otherFixtureId);
  });

  it('refuses a decommissioned asset', () => {
    given(attachAssetToFixtureDecider, [assetRegistered, decommissioned, fixtureRegistered(fixtureId, [assetId])])
      .when(command, undefined)
      .thenFails('AssetCannotAttachToFixture');
  });

  it('whatever the interleaving of attaches to two fixtures and a decommission, the asset is attached to at most one fixture, both sides agree, and a decommissioned asset is never attached', () => {
    type Step = { kind: 'attach'; fixture: 0 | 1 } | { kind: 'decommission' } | { kind: 'detach' };
    const fixtures = [fixtureId, otherFixtureId];
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.record({ kind: fc.constant('attach' as const), fixture: fc.constantFrom(0 as const, 1 as const) }),
            fc.record({ kind: fc.constant('decommission' as const) }),
            fc.record({ kind: fc.constant('detach' as const) }),
          ),
          { maxLength: 12 },
        ),
        (steps: Step[]) => {
          let assetHistory: AssetEvent[] = [assetRegistered, activated, installed, uninstalled];
          const fixtureHistories: FixtureEvent[][] = fixtures.map((f) => [fixtureRegistered(f, [assetId])]);
          for (const step of steps) {
            const asset = fold(evolveAsset, initialAssetState, assetHistory);
            if (!asset.exists) return false;
            if (step.kind === 'decommission') {
              // The decommission guard of the contract: no fixture binding, not installed.
              if (asset.fixtureId === null && asset.mountId === null && asset.lifecycle !== 'Decommissioned') {
                assetHistory = [...assetHistory, decommissioned];
              }
              continue;
            }
            if (step.kind === 'detach') {
              if (asset.fixtureId !== null) {
                const i = fixtures.indexOf(asset.fixtureId);
                assetHistory = [
                  ...assetHistory,
                  { type: 'AssetDetachedFromFixture', data: { assetId, fixtureId: fixtures[i], at } },
                ];
                fixtureHistories[i] = [
                  ...fixtureHistories[i],
                  { type: 'FixtureAssetDetached', data: { fixtureId: fixtures[i], assetId, at } },
                ];
              }
              continue;
            }
            const { outcome } = given(attachAssetToFixtureDecider, [
              ...assetHistory,
              ...fixtureHistories[step.fixture],
            ]).when({ assetId, fixtureId: fixtures[step.fixture] }, undefined);
            if ('error' in outcome) {
              const expected =
                asset.fixtureId !== null
                  ? 'AssetAlreadyAttachedToFixture'
                  : asset.lifecycle === 'Decommissioned'
                    ? 'AssetCannotAttachToFixture'
                    : null;
              if (outcome.error.code !== expected) return false;
              continue;
            }
            if (asset.fixtureId !== null || asset.lifecycle === 'Decommissioned') return false;
            assetHistory = [
              ...assetHistory,
              ...(outcome.events.filter((e) => e.type.startsWith('Asset')) as AssetEvent[]),
            ];
            fixtureHistories[step.fixture] = [
              ...fixtureHistories[step.fixture],
              ...(outcome.events.filter((e) => e.type.startsWith('Fixture')) as FixtureEvent[]),
            ];
          }
          const asset = fold(evolveAsset, initialAssetState, assetHistory);
          const attachedIn = fixtures.filter((_, i) => {
            const fixture = fold(evolveFixture, initialFixtureState, fixtureHistories[i]);
            return fixture.exists && fixture.attachedAssetIds.includes(assetId);
          });
          return (
            asset.exists &&
            attachedIn.length <= 1 &&
            (attachedIn[0] ?? null) === asset.fixtureId &&
            !(asset.lifecycle === 'Decommissioned' && asset.fixtureId !== null)
          );
        },
      ),
    );
  });
});
