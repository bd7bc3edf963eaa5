import fc from 'fast-check';
import { fold, given } from '@custody/kernel';
import { ACQUISITION_STATES, AcquisitionEvent } from '../../aggregates/acquisition/acquisition.events';
import { evolveAcquisition } from '../../aggregates/acquisition/acquisition.evolve';
import { initialAcquisitionState } from '../../aggregates/acquisition/acquisition.state';
import { CopyFact, TransitionFacts } from '../../aggregates/acquisition/acquisition.transition';
import { transitionAcquisitionDecider } from './transition-acquisition.decider';

const at = '2026-01-01T00:00:00.000Z';
const acquisitionId = '0190a000-0000-7000-8000-0000000000a1';
const tierId = '0190a000-0000-7000-8000-0000000000d1';
const nasTierId = '0190a000-0000-7000-8000-0000000000d2';
const datasetId = '0190a000-0000-7000-8000-0000000000e1';
const stagingCopy = '0190a000-0000-7000-8000-0000000000c1';
const nasCopy = '0190a000-0000-7000-8000-0000000000c2';

const registered: AcquisitionEvent = {
  type: 'AcquisitionRegistered',
  data: {
    acquisitionId,
    tierId,
    path: 'run-1',
    uri: 'file:///staging/run-1',
    runKind: 'run',
    targetTierId: nasTierId,
    retention: { policy: 'manual', retainHours: null },
    assetId: null,
    fixtureId: null,
    expectedFiles: null,
    host: null,
    at,
  },
};
const moved = (to: (typeof ACQUISITION_STATES)[number], extra: Record<string, unknown> = {}): AcquisitionEvent => ({
  type: 'AcquisitionTransitioned',
  data: { acquisitionId, to, host: 'edge-1', at, ...extra },
});
const recorded: AcquisitionEvent = {
  type: 'AcquisitionDatasetRecorded',
  data: { acquisitionId, datasetId, distributionId: stagingCopy, host: 'edge-1', at },
};
const copy = (distributionId: string, tier: string, status: CopyFact['status']): CopyFact => ({
  distributionId,
  tierId: tier,
  status,
});
const none: TransitionFacts = { datasetExists: false, copies: [] };
const facts = (...copies: CopyFact[]): TransitionFacts => ({ datasetExists: true, copies });

describe('transition acquisition', () => {
  it('moves staging → complete keeping filesReceived and bytesReceived, dropping other extras', () => {
    given(transitionAcquisitionDecider, [registered])
      .when(
        { acquisitionId, to: 'complete', host: 'edge-1', filesReceived: 3, bytesReceived: 30, targetTierId: nasTierId },
        none,
      )
      .then([moved('complete', { filesReceived: 3, bytesReceived: 30 })]);
  });

  it('drops complete’s extras on other states and links dataset and materialization once', () => {
    const materializationId = '0190a000-0000-7000-8000-0000000000f1';
    given(transitionAcquisitionDecider, [registered, moved('complete')])
      .when(
        { acquisitionId, to: 'sync_queued', host: 'edge-2', filesReceived: 9, datasetId, materializationId },
        facts(),
      )
      .then([moved('sync_queued', { host: 'edge-2', datasetId, materializationId })]);
  });

  it('refuses anything but the next state, including the current one', () => {
    for (const to of ['staging', 'complete', 'sync_queued', 'sync_verified', 'cleared', 'archived']) {
      if (to === 'complete') continue;
      given(transitionAcquisitionDecider, [registered])
        .when({ acquisitionId, to, host: 'h' }, none)
        .thenFails('AcquisitionIllegalTransition');
    }
    given(transitionAcquisitionDecider, [])
      .when({ acquisitionId, to: 'complete', host: 'h' }, none)
      .thenFails('AcquisitionNotFound');
  });

  const queued = [registered, moved('complete'), recorded, moved('sync_queued')];

  it('sync_verified only with a Verified copy on the target tier, and keeps targetTierId', () => {
    given(transitionAcquisitionDecider, queued)
      .when({ acquisitionId, to: 'sync_verified', host: 'h' }, facts(copy(stagingCopy, tierId, 'Verified')))
      .thenFails('AcquisitionSyncNotVerified');
    given(transitionAcquisitionDecider, queued)
      .when({ acquisitionId, to: 'sync_verified', host: 'h' }, facts(copy(nasCopy, nasTierId, 'Registered')))
      .thenFails('AcquisitionSyncNotVerified');
    given(transitionAcquisitionDecider, queued)
      .when({ acquisitionId, to: 'sync_verified', host: 'h' }, facts(copy(nasCopy, nasTierId, 'Verified')))
      .then([moved('sync_verified', { host: 'h', targetTierId: nasTierId })]);
    // The staging copy itself never counts as the target copy, whatever tier is named.
    given(transitionAcquisitionDecider, queued)
      .when(
        { acquisitionId, to: 'sync_verified', host: 'h', targetTierId: tierId },
        facts(copy(stagingCopy, tierId, 'Verified')),
      )
      .thenFails('AcquisitionSyncNotVerified');
  });

  it('cleared only with a Verified copy besides the staging one', () => {
    const verified = [...queued, moved('sync_verified', { targetTierId: nasTierId })];
    given(transitionAcquisitionDecider, verified)
      .when({ acquisitionId, to: 'cleared', host: 'h' }, facts(copy(stagingCopy, tierId, 'Verified')))
      .thenFails('AcquisitionCannotClear');
    given(transitionAcquisitionDecider, verified)
      .when(
        { acquisitionId, to: 'cleared', host: 'h' },
        facts(copy(stagingCopy, tierId, 'Verified'), copy(nasCopy, nasTierId, 'Stale')),
      )
      .thenFails('AcquisitionCannotClear');
    given(transitionAcquisitionDecider, verified)
      .when(
        { acquisitionId, to: 'cleared', host: 'h' },
        facts(copy(stagingCopy, tierId, 'Verified'), copy(nasCopy, nasTierId, 'Verified')),
      )
      .then([moved('cleared', { host: 'h' })]);
  });

  it('refuses another dataset than the one linked, and an unknown dataset', () => {
    given(transitionAcquisitionDecider, [registered, moved('complete'), recorded])
      .when({ acquisitionId, to: 'sync_queued', host: 'h', datasetId: nasCopy }, facts())
      .thenFails('AcquisitionDatasetMismatch');
    given(transitionAcquisitionDecider, [registered])
      .when({ acquisitionId, to: 'complete', host: 'h', datasetId }, none)
      .thenFails('DatasetNotFound');
  });

  it('any sequence of requested transitions leaves a history that is a prefix of the forward order', () => {
    const targets = fc.constantFrom(...ACQUISITION_STATES, 'archived');
    const copies = fc.array(
      fc.record({
        distributionId: fc.constantFrom(stagingCopy, nasCopy),
        tierId: fc.constantFrom(tierId, nasTierId),
        status: fc.constantFrom('Registered', 'Verified', 'Stale', 'Discarded' as const),
      }),
      { maxLength: 3 },
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(targets, copies, fc.boolean()), { maxLength: 30 }), (requests) => {
        const history: AcquisitionEvent[] = [registered, recorded];
        for (const [to, cs, withExtras] of requests) {
          const state = fold(evolveAcquisition, initialAcquisitionState, history);
          const before = state.exists ? state.state : null;
          const outcome = given(transitionAcquisitionDecider, history).when(
            {
              acquisitionId,
              to,
              host: 'h',
              ...(withExtras ? { filesReceived: 1, bytesReceived: 2, targetTierId: nasTierId } : {}),
            },
            facts(...cs),
          ).outcome;
          if ('events' in outcome) history.push(...outcome.events);
          const after = fold(evolveAcquisition, initialAcquisitionState, history);
          if (!after.exists) return false;
          // A refusal never moves the state.
          if ('error' in outcome && after.state !== before) return false;
        }
        const final = fold(evolveAcquisition, initialAcquisitionState, history);
        if (!final.exists) return false;
        const states = final.history.map((h) => h.state);
        const prefix = ACQUISITION_STATES.slice(0, states.length);
        const extrasOnTheirState = final.history.every(
          (h) =>
            (h.filesReceived === undefined || h.state === 'complete') &&
            (h.bytesReceived === undefined || h.state === 'complete') &&
            (h.targetTierId === undefined || h.state === 'sync_verified'),
        );
        return states.every((s, i) => s === prefix[i]) && extrasOnTheirState;
      }),
    );
  });
});
