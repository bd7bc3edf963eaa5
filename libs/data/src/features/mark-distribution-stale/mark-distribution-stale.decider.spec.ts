import fc from 'fast-check';
import { fold, given } from '@custody/kernel';
import { DistributionEvent } from '../../aggregates/distribution/distribution.events';
import { markDistributionStaleDecider } from './mark-distribution-stale.decider';

const at = '2026-01-01T00:00:00.000Z';
const distributionId = '0190a000-0000-7000-8000-0000000000c1';
const checksum = { algorithm: 'sha256' as const, value: 'c'.repeat(64) };
const registered: DistributionEvent = {
  type: 'DistributionRegistered',
  data: {
    distributionId,
    datasetId: '0190a000-0000-7000-8000-0000000000e1',
    tierId: '0190a000-0000-7000-8000-0000000000d1',
    uri: 'file:///data/x',
    checksum,
    byteSize: 1,
    registeredAt: at,
  },
};
const verified: DistributionEvent = {
  type: 'DistributionAttested',
  data: {
    distributionId,
    attestationId: '0190a000-0000-7000-8000-0000000000f1',
    outcome: 'Match',
    observed: { ...checksum, byteSize: 1 },
    source: 'server',
    detail: null,
    at,
  },
};
const marked: DistributionEvent = {
  type: 'DistributionMarkedStale',
  data: { distributionId, reason: 'disk replaced', at },
};

describe('mark distribution stale', () => {
  it('marks a Registered or a Verified copy Stale', () => {
    given(markDistributionStaleDecider, [registered])
      .when({ distributionId, reason: 'disk replaced' }, undefined)
      .then([marked]);
    given(markDistributionStaleDecider, [registered, verified])
      .when({ distributionId, reason: 'disk replaced' }, undefined)
      .then([marked]);
  });

  it('leaves a Stale copy as it is', () => {
    given(markDistributionStaleDecider, [registered, marked])
      .when({ distributionId, reason: 'again' }, undefined)
      .then([]);
  });

  it('refuses an unknown or a discarded copy', () => {
    given(markDistributionStaleDecider, [])
      .when({ distributionId, reason: 'x' }, undefined)
      .thenFails('DistributionNotFound');
    given(markDistributionStaleDecider, [registered, { type: 'DistributionDiscarded', data: { distributionId, at } }])
      .when({ distributionId, reason: 'x' }, undefined)
      .thenFails('DistributionDiscarded');
  });

  it('whatever the reason and history of matches, a marked copy is Stale', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.nat({ max: 5 }), (reason, matches) => {
        const history = [registered, ...Array.from({ length: matches }, () => verified)];
        const outcome = given(markDistributionStaleDecider, history).when(
          { distributionId, reason },
          undefined,
        ).outcome;
        if (!('events' in outcome)) return false;
        const state = fold(markDistributionStaleDecider.evolve, markDistributionStaleDecider.initialState, [
          ...history,
          ...outcome.events,
        ]);
        return state.exists && state.status === 'Stale';
      }),
    );
  });
});
