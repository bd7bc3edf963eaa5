import fc from 'fast-check';
import { fold, given } from '@custody/kernel';
import { MaterializationEvent } from '../../aggregates/materialization/materialization.events';
import { evolveMaterialization } from '../../aggregates/materialization/materialization.evolve';
import { initialMaterializationState } from '../../aggregates/materialization/materialization.state';
import {
  at,
  materializationId,
  requestedBy as by,
  requested,
  wholeTransfer,
} from '../../aggregates/materialization/materialization.spec-kit';
import { cancelMaterializationDecider } from './cancel-materialization.decider';

const begun: MaterializationEvent = {
  type: 'MaterializationTransferBegun',
  data: { materializationId, handle: { adapter: 'local', id: 'k' }, at },
};
const succeeded: MaterializationEvent = {
  type: 'MaterializationTransferEnded',
  data: { materializationId, transfer: { ...wholeTransfer, state: 'Succeeded' }, error: null, at },
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
