import fc from 'fast-check';
import { fold, given } from '@custody/kernel';
import { AssetEvent } from '../../aggregates/asset/asset.events';
import {
  activated,
  assetId,
  at,
  begun,
  decommissioned,
  ended,
  registered,
} from '../../aggregates/asset/asset.spec-kit';
import { decommissionAssetDecider } from './decommission-asset.decider';

const mountId = '0190a000-0000-7000-8000-0000000000b1';
const fixtureId = '0190a000-0000-7000-8000-0000000000d1';
const installed: AssetEvent = { type: 'AssetInstalled', data: { assetId, mountId, at } };
const uninstalled: AssetEvent = { type: 'AssetUninstalled', data: { assetId, mountId, at } };
const attached: AssetEvent = { type: 'AssetAttachedToFixture', data: { assetId, fixtureId, at } };
const detached: AssetEvent = { type: 'AssetDetachedFromFixture', data: { assetId, fixtureId, at } };

describe('decommission asset', () => {
  it('decommissions a Commissioned, an Active and a Maintenance asset', () => {
    for (const history of [[registered], [registered, activated], [registered, activated, begun]]) {
      given(decommissionAssetDecider, history).when({ assetId }, undefined).then([decommissioned]);
    }
  });

  it('decommissions an asset that was uninstalled and detached', () => {
    given(decommissionAssetDecider, [registered, activated, installed, attached, detached, uninstalled])
      .when({ assetId }, undefined)
      .then([decommissioned]);
  });

  it('refuses an unknown asset first', () => {
    given(decommissionAssetDecider, []).when({ assetId }, undefined).thenFails('AssetNotFound');
  });

  it('refuses an asset attached to a fixture before one that is installed', () => {
    given(decommissionAssetDecider, [registered, activated, installed, attached])
      .when({ assetId }, undefined)
      .thenFails('AssetHasFixtureBinding');
  });

  it('refuses an installed asset', () => {
    given(decommissionAssetDecider, [registered, activated, installed])
      .when({ assetId }, undefined)
      .thenFails('AssetIsInstalled');
  });

  it('refuses a second decommission', () => {
    given(decommissionAssetDecider, [registered, decommissioned])
      .when({ assetId }, undefined)
      .thenFails('AssetCannotDecommission');
  });

  it('checks fixture binding, then mount, then lifecycle, over any history', () => {
    const event = fc.constantFrom(activated, begun, ended, installed, uninstalled, attached, detached, decommissioned);
    fc.assert(
      fc.property(fc.array(event, { maxLength: 15 }), (tail) => {
        const history = [registered, ...tail];
        const state = fold(decommissionAssetDecider.evolve, decommissionAssetDecider.initialState, history);
        if (!state.exists) return false;
        const expected =
          state.fixtureId !== null
            ? 'AssetHasFixtureBinding'
            : state.mountId !== null
              ? 'AssetIsInstalled'
              : state.lifecycle === 'Decommissioned'
                ? 'AssetCannotDecommission'
                : null;
        const { outcome } = given(decommissionAssetDecider, history).when({ assetId }, undefined);
        if (expected !== null) return 'error' in outcome && outcome.error.code === expected;
        return 'events' in outcome && outcome.events.length === 1 && outcome.events[0].type === 'AssetDecommissioned';
      }),
    );
  });

  it('whatever the number of attempts, an asset is decommissioned at most once', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 }), (attempts) => {
        let history: AssetEvent[] = [registered, activated];
        let accepted = 0;
        for (let i = 0; i < attempts; i++) {
          const { outcome } = given(decommissionAssetDecider, history).when({ assetId }, undefined);
          if ('events' in outcome) {
            accepted += 1;
            history = [...history, ...outcome.events];
          }
        }
        return accepted === 1;
      }),
    );
  });
});
