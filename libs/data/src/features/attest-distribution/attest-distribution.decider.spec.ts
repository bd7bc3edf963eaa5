import fc from 'fast-check';
import { fold, given } from '@custody/kernel';
import { ObservedChecksum } from '../../aggregates/checksum/checksum';
import { DistributionEvent } from '../../aggregates/distribution/distribution.events';
import { DistributionStatus } from '../../aggregates/distribution/distribution.state';
import { Measurement } from '../../aggregates/distribution/measurement';
import { attestDistributionDecider } from './attest-distribution.decider';

const at = '2026-01-01T00:00:00.000Z';
const attestationId = '00000000-0000-7000-8000-000000000001';
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
    byteSize: 10,
    registeredAt: at,
  },
};
const good: ObservedChecksum = { ...checksum, byteSize: 10 };
const server = (observed: ObservedChecksum): Measurement => ({
  kind: 'observed',
  source: 'server',
  observed,
  detail: null,
});
const reported = (observed: ObservedChecksum): Measurement => ({
  kind: 'observed',
  source: 'reported',
  observed,
  detail: null,
});
const unreachable: Measurement = { kind: 'unreachable', detail: 'no such file' };
const statusAfter = (history: DistributionEvent[]) => {
  const state = fold(attestDistributionDecider.evolve, attestDistributionDecider.initialState, history);
  return state.exists ? state.status : null;
};
const attest = (history: DistributionEvent[], measurement: Measurement) => {
  const outcome = given(attestDistributionDecider, history).when({ distributionId, measurement }, undefined).outcome;
  if (!('events' in outcome)) throw outcome.error;
  return [...history, ...outcome.events];
};

describe('attest distribution', () => {
  it('records a Match and the copy becomes Verified', () => {
    given(attestDistributionDecider, [registered])
      .when({ distributionId, measurement: server(good) }, undefined)
      .then([
        {
          type: 'DistributionAttested',
          data: { distributionId, attestationId, outcome: 'Match', observed: good, source: 'server', detail: null, at },
        },
      ]);
    expect(statusAfter(attest([registered], server(good)))).toBe('Verified');
  });

  it('records a Mismatch on another value, size or algorithm, and the copy becomes Stale', () => {
    for (const observed of [
      { ...good, value: 'd'.repeat(64) },
      { ...good, byteSize: 11 },
      { ...good, algorithm: 'sha256-tree' as const },
    ]) {
      const history = attest([registered], server(observed));
      const last = history[history.length - 1];
      expect(last).toMatchObject({
        data: { outcome: 'Mismatch', observed, detail: expect.stringContaining('expected') },
      });
      expect(statusAfter(history)).toBe('Stale');
    }
  });

  it('records Unreachable without changing the status', () => {
    const verified = attest([registered], server(good));
    const history = attest(verified, unreachable);
    expect(history[history.length - 1]).toMatchObject({
      data: { outcome: 'Unreachable', observed: null, detail: 'no such file', source: 'server' },
    });
    expect(statusAfter(history)).toBe('Verified');
    expect(statusAfter(attest([registered], unreachable))).toBe('Registered');
  });

  it('records what an edge host reported', () => {
    const history = attest([registered], reported(good));
    expect(history[history.length - 1]).toMatchObject({ data: { outcome: 'Match', source: 'reported' } });
  });

  it('refuses a report in another algorithm, an unknown copy and a discarded copy', () => {
    given(attestDistributionDecider, [registered])
      .when({ distributionId, measurement: reported({ ...good, algorithm: 'sha256-tree' }) }, undefined)
      .thenFails('AttestationAlgorithmMismatch');
    given(attestDistributionDecider, [])
      .when({ distributionId, measurement: unreachable }, undefined)
      .thenFails('DistributionNotFound');
    given(attestDistributionDecider, [registered, { type: 'DistributionDiscarded', data: { distributionId, at } }])
      .when({ distributionId, measurement: server(good) }, undefined)
      .thenFails('DistributionDiscarded');
  });

  it('after any sequence of attestations the status is that of the last Match or Mismatch (Registered if none)', () => {
    const measurement = fc.constantFrom<Measurement>(
      server(good),
      server({ ...good, value: 'e'.repeat(64) }),
      reported(good),
      reported({ ...good, byteSize: 9 }),
      unreachable,
    );
    fc.assert(
      fc.property(fc.array(measurement, { maxLength: 25 }), (measurements) => {
        let history: DistributionEvent[] = [registered];
        for (const m of measurements) history = attest(history, m);
        let expected: DistributionStatus = 'Registered';
        for (const e of history) {
          if (e.type !== 'DistributionAttested') continue;
          if (e.data.outcome === 'Match') expected = 'Verified';
          if (e.data.outcome === 'Mismatch') expected = 'Stale';
        }
        return statusAfter(history) === expected;
      }),
    );
  });
});
