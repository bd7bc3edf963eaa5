import fc from 'fast-check';
import { given } from '@custody/kernel';
import { MaterializationEvent } from '../../aggregates/materialization/materialization.events';
import {
  CopyFact,
  RequestMaterialization,
  RequestMaterializationContext,
  TierFact,
  requestMaterializationDecider,
} from './request-materialization.decider';

const at = '2026-01-01T00:00:00.000Z';
const materializationId = '0190a000-0000-7000-8000-0000000000a1';
const datasetId = '0190a000-0000-7000-8000-0000000000e1';
const detector: TierFact = {
  tierId: '0190a000-0000-7000-8000-0000000000d1',
  accessProtocol: 'file',
  rootUri: 'file:///data/detector',
  reachable: true,
};
const analysis: TierFact = {
  ...detector,
  tierId: '0190a000-0000-7000-8000-0000000000d2',
  rootUri: 'file:///data/analysis',
};
const archive: TierFact = {
  ...detector,
  tierId: '0190a000-0000-7000-8000-0000000000d3',
  rootUri: 'file:///data/archive',
};
const checksum = { algorithm: 'sha256' as const, value: 'c'.repeat(64) };
const copy = (tier: TierFact, status: CopyFact['status'], id: string, relativePath = 'run-42/frames.h5'): CopyFact => ({
  distributionId: id,
  tierId: tier.tierId,
  status,
  relativePath,
  tier,
});
const context = (copies: CopyFact[], targetTier: TierFact | null = analysis): RequestMaterializationContext => ({
  dataset: { checksum, byteSize: 100, discarded: false },
  targetTier,
  copies,
});
const command: RequestMaterialization = {
  materializationId,
  datasetId,
  targetTierId: analysis.tierId,
  requestedBy: '0190a000-0000-7000-8000-0000000000f1',
};
const verifiedOnDetector = copy(detector, 'Verified', '0190a000-0000-7000-8000-0000000000c1');

const requested: MaterializationEvent = {
  type: 'MaterializationRequested',
  data: {
    materializationId,
    datasetId,
    targetTierId: analysis.tierId,
    via: 'local',
    kind: 'file',
    sourceDistributionId: verifiedOnDetector.distributionId,
    source: { tierId: detector.tierId, accessProtocol: 'file', rootUri: detector.rootUri, path: 'run-42/frames.h5' },
    target: { tierId: analysis.tierId, accessProtocol: 'file', rootUri: analysis.rootUri, path: 'run-42/frames.h5' },
    expected: { ...checksum, byteSize: 100 },
    queue: `materialize.${detector.tierId}.${analysis.tierId}`,
    requestedBy: command.requestedBy,
    at,
  },
};

describe('request materialization', () => {
  it('picks the Verified copy on a reachable tier, lands at the same relative path, queues on the tier pair', () => {
    given(requestMaterializationDecider, [])
      .when(command, context([verifiedOnDetector]))
      .then([requested]);
  });

  it('lands at targetUri, spelled relative, absolute or as a path under the root', () => {
    for (const targetUri of ['x/y.h5', 'file:///data/analysis/x/y.h5', '/data/analysis/x/./y.h5']) {
      const outcome = given(requestMaterializationDecider, []).when(
        { ...command, targetUri },
        context([verifiedOnDetector]),
      ).outcome;
      expect('events' in outcome && outcome.events[0].data.target.path).toBe('x/y.h5');
    }
  });

  it('refuses in order: DatasetNotFound, TierNotFound, via, targetUri, then no Verified source', () => {
    const none = { dataset: null, targetTier: null, copies: [] };
    given(requestMaterializationDecider, []).when(command, none).thenFails('DatasetNotFound');
    given(requestMaterializationDecider, []).when(command, context([], null)).thenFails('TierNotFound');
    given(requestMaterializationDecider, [])
      .when({ ...command, via: 'globus', targetUri: '../x' }, context([]))
      .thenFails('MaterializationViaUnsupported');
    for (const targetUri of ['../x', 'a/../../x', 'file:///etc/passwd', '/etc/passwd', '.', 'x?y']) {
      given(requestMaterializationDecider, [])
        .when({ ...command, targetUri }, context([]))
        .thenFails('MaterializationTargetUriInvalid');
    }
    given(requestMaterializationDecider, []).when(command, context([])).thenFails('MaterializationNoVerifiedSource');
  });

  it('never uses a copy that is not Verified, on an unreachable tier, on the target itself or of another protocol', () => {
    const globus: TierFact = { ...archive, accessProtocol: 'globus', rootUri: 'globus://c0ffee/data' };
    const refused = [
      copy(detector, 'Registered', '0190a000-0000-7000-8000-0000000000c2'),
      copy(detector, 'Stale', '0190a000-0000-7000-8000-0000000000c3'),
      copy({ ...detector, reachable: false }, 'Verified', '0190a000-0000-7000-8000-0000000000c4'),
      copy(analysis, 'Verified', '0190a000-0000-7000-8000-0000000000c5'),
      copy(globus, 'Verified', '0190a000-0000-7000-8000-0000000000c6'),
      { ...copy(detector, 'Verified', '0190a000-0000-7000-8000-0000000000c7'), tier: null },
    ];
    given(requestMaterializationDecider, [])
      .when(command, context(refused))
      .thenFails('MaterializationNoVerifiedSource');
  });

  it('refuses a second request under the same id', () => {
    given(requestMaterializationDecider, [requested])
      .when(command, context([verifiedOnDetector]))
      .thenFails('MaterializationAlreadyRequested');
  });

  it('whatever the copies, the source is the first eligible one in registration order, or none', () => {
    const tiers = [detector, analysis, archive, { ...archive, reachable: false }];
    const arbitraryCopy = fc.record({
      tier: fc.constantFrom(...tiers),
      status: fc.constantFrom<CopyFact['status']>('Registered', 'Verified', 'Stale'),
    });
    fc.assert(
      fc.property(fc.array(arbitraryCopy, { maxLength: 8 }), (picked) => {
        const copies = picked.map((p, i) =>
          copy(p.tier, p.status, `0190a000-0000-7000-8000-${i.toString(16).padStart(12, '0')}`),
        );
        const eligible = copies.find(
          (c) => c.status === 'Verified' && c.tier?.reachable && c.tierId !== analysis.tierId,
        );
        const outcome = given(requestMaterializationDecider, []).when(command, context(copies)).outcome;
        if (!eligible) return 'error' in outcome && outcome.error.code === 'MaterializationNoVerifiedSource';
        return 'events' in outcome && outcome.events[0].data.sourceDistributionId === eligible.distributionId;
      }),
    );
  });
});
