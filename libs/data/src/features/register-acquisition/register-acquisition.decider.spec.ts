import fc from 'fast-check';
import { given } from '@custody/kernel';
import { TierState } from '../../aggregates/tier/tier.state';
import { RegisterAcquisition, registerAcquisitionDecider } from './register-acquisition.decider';

const at = '2026-01-01T00:00:00.000Z';
const tierId = '0190a000-0000-7000-8000-0000000000d1';
const nasTierId = '0190a000-0000-7000-8000-0000000000d2';
const tier = (id: string, rootUri: string): TierState => ({
  exists: true,
  tierId: id,
  name: id,
  accessProtocol: 'file',
  rootUri,
  reachable: true,
  registeredAt: at,
});
const staging = tier(tierId, 'file:///staging');
const nas = tier(nasTierId, 'file:///nas');
const command: RegisterAcquisition = {
  acquisitionId: '0190a000-0000-7000-8000-0000000000a1',
  tierId,
  path: 'beamline//run-7/',
  runKind: 'run',
  targetTierId: nasTierId,
  retention: { policy: 'scheduled', retainHours: 24 },
  assetId: null,
  fixtureId: null,
  expectedFiles: [{ path: 'a.h5', size: 10 }],
  host: 'edge-1',
};

describe('register acquisition', () => {
  it('starts staging, with the path in canonical form under the tier root', () => {
    given(registerAcquisitionDecider, [])
      .when(command, { tier: staging, targetTier: nas })
      .then([
        {
          type: 'AcquisitionRegistered',
          data: { ...command, uri: 'file:///staging/beamline/run-7', at },
        },
      ]);
  });

  it('refuses an unknown tier, then an unknown target tier', () => {
    given(registerAcquisitionDecider, [])
      .when(command, { tier: { exists: false }, targetTier: { exists: false } })
      .thenFails('TierNotFound');
    given(registerAcquisitionDecider, [])
      .when(command, { tier: staging, targetTier: { exists: false } })
      .thenFails('TierNotFound');
  });

  it('refuses a target tier that is the acquisition tier itself', () => {
    given(registerAcquisitionDecider, [])
      .when({ ...command, targetTierId: tierId }, { tier: staging, targetTier: staging })
      .thenFails('AcquisitionTargetIsAcquisitionTier');
  });

  it('never accepts a path that leaves the tier root', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', '..', '.', '', 'b c', '%2e%2e'), { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        (segments, absolute) => {
          const path = (absolute ? '/' : '') + segments.join('/');
          const outcome = given(registerAcquisitionDecider, []).when(
            { ...command, path },
            { tier: staging, targetTier: nas },
          ).outcome;
          if ('error' in outcome) return outcome.error.code === 'AcquisitionPathOutsideTier';
          const event = outcome.events[0];
          return event.type === 'AcquisitionRegistered' && event.data.uri.startsWith('file:///staging/');
        },
      ),
    );
  });
});
