import fc from 'fast-check';
import { given } from '@custody/kernel';
import { AcquisitionEvent } from '../../aggregates/acquisition/acquisition.events';
import { CopyFact } from '../../aggregates/acquisition/acquisition.transition';
import { clearAcquisitionDecider } from './clear-acquisition.decider';

const at = '2026-01-01T00:00:00.000Z';
const acquisitionId = '0190a000-0000-7000-8000-0000000000a1';
const staging = '0190a000-0000-7000-8000-0000000000c1';
const nas = '0190a000-0000-7000-8000-0000000000c2';
const stagingTier = '0190a000-0000-7000-8000-0000000000d1';
const registered: AcquisitionEvent = {
  type: 'AcquisitionRegistered',
  data: {
    acquisitionId,
    tierId: stagingTier,
    path: 'run',
    uri: 'file:///s/run',
    runKind: 'test',
    targetTierId: '0190a000-0000-7000-8000-0000000000d2',
    retention: { policy: 'manual', retainHours: null },
    assetId: null,
    fixtureId: null,
    expectedFiles: null,
    host: null,
    at,
  },
};
const moved = (to: 'complete' | 'sync_queued' | 'sync_verified' | 'cleared'): AcquisitionEvent => ({
  type: 'AcquisitionTransitioned',
  data: { acquisitionId, to, host: 'edge', at },
});
const linked: AcquisitionEvent = {
  type: 'AcquisitionDatasetRecorded',
  data: { acquisitionId, datasetId: '0190a000-0000-7000-8000-0000000000e1', distributionId: staging, host: 'edge', at },
};
const verifiedHistory = [registered, moved('complete'), linked, moved('sync_queued'), moved('sync_verified')];

describe('clear acquisition', () => {
  it('clears a sync_verified acquisition when another Verified copy exists', () => {
    given(clearAcquisitionDecider, verifiedHistory)
      .when(
        { acquisitionId, host: 'api' },
        {
          datasetExists: true,
          copies: [
            { distributionId: staging, tierId: 'x', status: 'Verified' },
            { distributionId: nas, tierId: 'y', status: 'Verified' },
          ],
        },
      )
      .then([{ type: 'AcquisitionTransitioned', data: { acquisitionId, to: 'cleared', host: 'api', at } }]);
  });

  it('refuses before sync_verified, and after cleared', () => {
    const both = {
      datasetExists: true,
      copies: [{ distributionId: nas, tierId: 'y', status: 'Verified' as const }],
    };
    given(clearAcquisitionDecider, verifiedHistory.slice(0, 4))
      .when({ acquisitionId, host: 'api' }, both)
      .thenFails('AcquisitionIllegalTransition');
    given(clearAcquisitionDecider, [...verifiedHistory, moved('cleared')])
      .when({ acquisitionId, host: 'api' }, both)
      .thenFails('AcquisitionIllegalTransition');
  });

  it('refuses when the only other Verified copy lies on the acquisition tier itself', () => {
    given(clearAcquisitionDecider, verifiedHistory)
      .when(
        { acquisitionId, host: 'api' },
        { datasetExists: true, copies: [{ distributionId: nas, tierId: stagingTier, status: 'Verified' }] },
      )
      .thenFails('AcquisitionCannotClear');
  });

  it('never clears unless a Verified copy other than the staging copy exists off the acquisition tier', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            distributionId: fc.constantFrom(staging, nas),
            tierId: fc.constantFrom(stagingTier, 'elsewhere'),
            status: fc.constantFrom('Registered', 'Verified', 'Stale', 'Discarded' as const),
          }),
          { maxLength: 4 },
        ),
        (copies: CopyFact[]) => {
          const outcome = given(clearAcquisitionDecider, verifiedHistory).when(
            { acquisitionId, host: 'api' },
            { datasetExists: true, copies },
          ).outcome;
          const safe = copies.some(
            (c) => c.distributionId !== staging && c.tierId !== stagingTier && c.status === 'Verified',
          );
          return 'events' in outcome ? safe : !safe && outcome.error.code === 'AcquisitionCannotClear';
        },
      ),
    );
  });
});
