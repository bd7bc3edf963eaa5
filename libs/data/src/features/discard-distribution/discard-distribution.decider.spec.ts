import fc from 'fast-check';
import { given } from '@custody/kernel';
import { DatasetEvent } from '../../aggregates/dataset/dataset.events';
import { evolveDataset } from '../../aggregates/dataset/dataset.evolve';
import { DatasetState, initialDatasetState } from '../../aggregates/dataset/dataset.state';
import { DistributionEvent } from '../../aggregates/distribution/distribution.events';
import { discardDistributionDecider } from './discard-distribution.decider';

const at = '2026-01-01T00:00:00.000Z';
const datasetId = '0190a000-0000-7000-8000-0000000000e1';
const distributionId = '0190a000-0000-7000-8000-0000000000c1';
const checksum = { algorithm: 'sha256' as const, value: 'c'.repeat(64) };
const registered: DistributionEvent = {
  type: 'DistributionRegistered',
  data: {
    distributionId,
    datasetId,
    tierId: '0190a000-0000-7000-8000-0000000000d1',
    uri: 'file:///data/x',
    checksum,
    byteSize: 1,
    registeredAt: at,
  },
};
const attested = (outcome: 'Match' | 'Mismatch' | 'Unreachable'): DistributionEvent => ({
  type: 'DistributionAttested',
  data: {
    distributionId,
    attestationId: '0190a000-0000-7000-8000-0000000000f1',
    outcome,
    observed: outcome === 'Unreachable' ? null : { ...checksum, byteSize: 1 },
    source: 'server',
    detail: null,
    at,
  },
});
const discarded: DistributionEvent = { type: 'DistributionDiscarded', data: { distributionId, at } };
const datasetEvents: DatasetEvent[] = [
  {
    type: 'DatasetRegistered',
    data: { datasetId, title: 'x', checksum, byteSize: 1, intent: null, collectedBy: null, registeredAt: at },
  },
];
const active: DatasetState = datasetEvents.reduce(evolveDataset, initialDatasetState);
const discardedDataset: DatasetState = evolveDataset(active, { type: 'DatasetDiscarded', data: { datasetId, at } });
const expected = [discarded, { type: 'DatasetDistributionRemoved' as const, data: { datasetId, distributionId, at } }];

describe('discard distribution', () => {
  it('discards a Registered or Stale copy whatever else the dataset has', () => {
    given(discardDistributionDecider, [registered])
      .when({ distributionId }, { dataset: active, otherVerifiedCopies: 0 })
      .then(expected);
    given(discardDistributionDecider, [registered, attested('Mismatch')])
      .when({ distributionId }, { dataset: active, otherVerifiedCopies: 0 })
      .then(expected);
  });

  it('discards a Verified copy when another Verified copy remains', () => {
    given(discardDistributionDecider, [registered, attested('Match')])
      .when({ distributionId }, { dataset: active, otherVerifiedCopies: 1 })
      .then(expected);
  });

  it('refuses to discard the only Verified copy of an active dataset', () => {
    given(discardDistributionDecider, [registered, attested('Match'), attested('Unreachable')])
      .when({ distributionId }, { dataset: active, otherVerifiedCopies: 0 })
      .thenFails('DistributionCannotDiscardLastVerified');
  });

  it('lets the last Verified copy of a discarded dataset go', () => {
    given(discardDistributionDecider, [registered, attested('Match')])
      .when({ distributionId }, { dataset: discardedDataset, otherVerifiedCopies: 0 })
      .then(expected);
  });

  it('changes nothing for a copy already discarded, and refuses an unknown one', () => {
    given(discardDistributionDecider, [registered, discarded])
      .when({ distributionId }, { dataset: active, otherVerifiedCopies: 0 })
      .then([]);
    given(discardDistributionDecider, [])
      .when({ distributionId }, { dataset: active, otherVerifiedCopies: 0 })
      .thenFails('DistributionNotFound');
  });

  it('discarding copies one by one in any order never leaves a kept dataset without a Verified copy it had', () => {
    // n copies with random statuses; try to discard them all in a random order, counting Verified ones.
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('Match', 'Mismatch', 'Unreachable', 'none'), { minLength: 1, maxLength: 8 }),
        fc.func(fc.nat()),
        (outcomes, order) => {
          const copies = outcomes.map((o) => ({
            history: [registered, ...(o === 'none' ? [] : [attested(o as 'Match')])] as DistributionEvent[],
            verified: o === 'Match',
            discarded: false,
          }));
          const hadVerified = copies.some((c) => c.verified);
          const indices = copies.map((_, i) => i).sort((a, b) => order(a) - order(b) || a - b);
          for (const i of indices) {
            const others = copies.filter((c, j) => j !== i && !c.discarded && c.verified).length;
            const outcome = given(discardDistributionDecider, copies[i].history).when(
              { distributionId },
              { dataset: active, otherVerifiedCopies: others },
            ).outcome;
            if ('events' in outcome) copies[i].discarded = true;
            else if (outcome.error.code !== 'DistributionCannotDiscardLastVerified') return false;
          }
          const verifiedLeft = copies.filter((c) => c.verified && !c.discarded).length;
          return hadVerified ? verifiedLeft === 1 : verifiedLeft === 0 && copies.every((c) => c.discarded);
        },
      ),
    );
  });
});
