import fc from 'fast-check';
import { fold, given } from '@custody/kernel';
import { MaterializationEvent } from '../../aggregates/materialization/materialization.events';
import { evolveMaterialization } from '../../aggregates/materialization/materialization.evolve';
import { initialMaterializationState } from '../../aggregates/materialization/materialization.state';
import { cancelMaterializationDecider } from './cancel-materialization.decider';

const at = '2026-01-01T00:00:00.000Z';
const materializationId = '0190a000-0000-7000-8000-0000000000a1';
const by = '0190a000-0000-7000-8000-0000000000f1';
const location = {
  tierId: '0190a000-0000-7000-8000-0000000000d1',
  accessProtocol: 'file' as const,
  rootUri: 'file:///d',
  path: 'a',
};
const requested: MaterializationEvent = {
  type: 'MaterializationRequested',
  data: {
    materializationId,
    datasetId: '0190a000-0000-7000-8000-0000000000e1',
    targetTierId: '0190a000-0000-7000-8000-0000000000d2',
    via: 'local',
    kind: 'file',
    sourceDistributionId: '0190a000-0000-7000-8000-0000000000c1',
    source: location,
    target: { ...location, tierId: '0190a000-0000-7000-8000-0000000000d2' },
    expected: { algorithm: 'sha256', value: 'c'.repeat(64), byteSize: 1 },
    queue: 'materialize.x.y',
    requestedBy: by,
    at,
  },
};
const begun: MaterializationEvent = {
  type: 'MaterializationTransferBegun',
  data: { materializationId, handle: { adapter: 'local', id: 'k' }, at },
};
const summary = {
  bytesMoved: 1,
  bytesTotal: 1,
  filesTotal: 1,
  filesMoved: 1,
  filesSkipped: 0,
  filesFailed: 0,
  partial: false,
  observed: null,
};
const succeeded: MaterializationEvent = {
  type: 'MaterializationTransferEnded',
  data: { materializationId, transfer: { ...summary, state: 'Succeeded' }, error: null, at },
};
const failed: MaterializationEvent = {
  type: 'MaterializationFailed',
  data: { materializationId, error: { code: 'TransferRejected', detail: 'no' }, at },
};

describe('cancel materialization', () => {
  it('a Pending one ends Cancelled at once', () => {
    given(cancelMaterializationDecider, [requested])
      .when({ materializationId, by }, undefined)
      .then([{ type: 'MaterializationCancelled', data: { materializationId, at } }]);
  });

  it('a Transferring one records the request once (the job cancels at the adapter)', () => {
    const requestedCancel: MaterializationEvent = {
      type: 'MaterializationCancelRequested',
      data: { materializationId, by, at },
    };
    given(cancelMaterializationDecider, [requested, begun])
      .when({ materializationId, by }, undefined)
      .then([requestedCancel]);
    given(cancelMaterializationDecider, [requested, begun, requestedCancel])
      .when({ materializationId, by }, undefined)
      .then([]);
  });

  it('changes nothing once Verifying or finished, and refuses an unknown one', () => {
    given(cancelMaterializationDecider, [requested, begun, succeeded])
      .when({ materializationId, by }, undefined)
      .then([]);
    given(cancelMaterializationDecider, [requested, failed]).when({ materializationId, by }, undefined).then([]);
    given(cancelMaterializationDecider, [])
      .when({ materializationId, by }, undefined)
      .thenFails('MaterializationNotFound');
  });

  it('any number of cancels leaves a Pending or Transferring one with at most one cancel event', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.integer({ min: 1, max: 6 }), (transferring, times) => {
        let history: MaterializationEvent[] = transferring ? [requested, begun] : [requested];
        for (let i = 0; i < times; i++) {
          const outcome = given(cancelMaterializationDecider, history).when(
            { materializationId, by },
            undefined,
          ).outcome;
          if (!('events' in outcome)) return false;
          history = [...history, ...outcome.events];
        }
        const cancels = history.filter(
          (e) => e.type === 'MaterializationCancelRequested' || e.type === 'MaterializationCancelled',
        );
        const state = fold(evolveMaterialization, initialMaterializationState, history);
        return cancels.length === 1 && state.exists && state.cancelRequested;
      }),
    );
  });
});
