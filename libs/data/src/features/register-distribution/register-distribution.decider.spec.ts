import fc from 'fast-check';
import { given } from '@custody/kernel';
import { DatasetEvent } from '../../aggregates/dataset/dataset.events';
import { TierState } from '../../aggregates/tier/tier.state';
import {
  RegisterDistribution,
  RegisterDistributionEvent,
  registerDistributionDecider,
} from './register-distribution.decider';

const at = '2026-01-01T00:00:00.000Z';
const datasetId = '0190a000-0000-7000-8000-0000000000e1';
const tierId = '0190a000-0000-7000-8000-0000000000d1';
const distributionId = '0190a000-0000-7000-8000-0000000000c1';
const checksum = { algorithm: 'sha256' as const, value: 'c'.repeat(64) };
const registered: DatasetEvent = {
  type: 'DatasetRegistered',
  data: { datasetId, title: 'Run 42', checksum, byteSize: 100, intent: null, collectedBy: null, registeredAt: at },
};
const tier: TierState = {
  exists: true,
  tierId,
  name: 'detector',
  accessProtocol: 'file',
  rootUri: 'file:///data/detector',
  reachable: true,
  registeredAt: at,
};
const command: RegisterDistribution = {
  distributionId,
  datasetId,
  tierId,
  uri: 'run-42/frames.h5',
  checksum,
  byteSize: 100,
};
const uri = 'file:///data/detector/run-42/frames.h5';
const expected: RegisterDistributionEvent[] = [
  { type: 'DatasetDistributionAdded', data: { datasetId, distributionId, tierId, uri, at } },
  {
    type: 'DistributionRegistered',
    data: { distributionId, datasetId, tierId, uri, checksum, byteSize: 100, registeredAt: at },
  },
];
const added = expected[0] as DatasetEvent;

describe('register distribution', () => {
  it('registers a copy under the tier root, in canonical form, on the dataset and on its own stream', () => {
    given(registerDistributionDecider, [registered]).when(command, { tier }).then(expected);
  });

  it('accepts the same location spelled as an absolute URI, an absolute path or with ./ and //', () => {
    for (const spelling of [
      'file:///data/detector/run-42/frames.h5',
      'FILE://localhost/data/detector/run-42/frames.h5',
      '/data/detector/run-42/frames.h5',
      './run-42//frames.h5',
      'run-42/./frames.h5',
    ]) {
      given(registerDistributionDecider, [registered])
        .when({ ...command, uri: spelling }, { tier })
        .then(expected);
    }
  });

  it('refuses in the contract’s order: DatasetNotFound, TierNotFound, DatasetDiscarded, checksum, duplicate, uri', () => {
    const discarded: DatasetEvent = { type: 'DatasetDiscarded', data: { datasetId, at } };
    const noTier: TierState = { exists: false };
    const outside = { ...command, uri: '../elsewhere', checksum: { ...checksum, value: 'd'.repeat(64) } };
    given(registerDistributionDecider, []).when(outside, { tier: noTier }).thenFails('DatasetNotFound');
    given(registerDistributionDecider, [registered, discarded])
      .when(outside, { tier: noTier })
      .thenFails('TierNotFound');
    given(registerDistributionDecider, [registered, discarded]).when(outside, { tier }).thenFails('DatasetDiscarded');
    given(registerDistributionDecider, [registered]).when(outside, { tier }).thenFails('DistributionChecksumMismatch');
    given(registerDistributionDecider, [registered])
      .when({ ...command, byteSize: 101 }, { tier })
      .thenFails('DistributionChecksumMismatch');
    given(registerDistributionDecider, [registered])
      .when({ ...command, checksum: { algorithm: 'sha256-tree', value: checksum.value } }, { tier })
      .thenFails('DistributionChecksumMismatch');
    given(registerDistributionDecider, [registered, added])
      .when({ ...command, uri: '/data/detector/run-42/./frames.h5' }, { tier })
      .thenFails('DistributionAlreadyRegistered');
    const error = given(registerDistributionDecider, [registered])
      .when({ ...command, uri: '../elsewhere' }, { tier })
      .thenFails('DistributionUriOutsideTier');
    expect(error.family).toBe('Invalid');
    expect(error.errors).toEqual([{ path: 'uri', message: expect.any(String) }]);
  });

  it('registers the same uri again once the first copy was discarded, and on another tier', () => {
    const removed: DatasetEvent = { type: 'DatasetDistributionRemoved', data: { datasetId, distributionId, at } };
    given(registerDistributionDecider, [registered, added, removed]).when(command, { tier }).then(expected);
    const otherTier = { ...tier, tierId: '0190a000-0000-7000-8000-0000000000d2' };
    const outcome = given(registerDistributionDecider, [registered, added]).when(
      { ...command, tierId: otherTier.tierId },
      { tier: otherTier },
    ).outcome;
    expect('events' in outcome).toBe(true);
  });

  it('refuses escapes: "..", absolute paths and URIs outside the root, other hosts and schemes, the root itself', () => {
    for (const escape of [
      '../secret',
      'run/../../secret',
      'run/%2e%2e/%2E%2E/secret',
      'run%2Fx',
      '/etc/passwd',
      '/data/detector-other/x',
      '/data/detector',
      'file:///etc/passwd',
      'file://otherhost/data/detector/x',
      's3://bucket/data/detector/x',
      'file:///data/detector/x?y',
      '.',
      '',
    ]) {
      given(registerDistributionDecider, [registered])
        .when({ ...command, uri: escape }, { tier })
        .thenFails('DistributionUriOutsideTier');
    }
  });

  it('any relative path of plain segments lands under the root; any path with a ".." segment is refused', () => {
    const segment = fc.stringMatching(/^[A-Za-z0-9_-][A-Za-z0-9 ._-]{0,11}$/).filter((s) => s !== '..');
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 6 }), fc.nat(), (segments, position) => {
        const accepted = given(registerDistributionDecider, [registered]).when(
          { ...command, uri: segments.join('/') },
          { tier },
        ).outcome;
        if (!('events' in accepted)) return segments.every((s) => s.replace(/\./g, '') === '');
        const registeredUri = (accepted.events[1] as { data: { uri: string } }).data.uri;
        if (!registeredUri.startsWith('file:///data/detector/')) return false;
        const withDots = [...segments];
        withDots.splice(position % (segments.length + 1), 0, '..');
        const refused = given(registerDistributionDecider, [registered]).when(
          { ...command, uri: withDots.join('/') },
          { tier },
        ).outcome;
        return 'error' in refused && refused.error.code === 'DistributionUriOutsideTier';
      }),
    );
  });
});
