import fc from 'fast-check';
import { fold, given } from '@custody/kernel';
import { MaterializationEvent } from '../../aggregates/materialization/materialization.events';
import { evolveMaterialization } from '../../aggregates/materialization/materialization.evolve';
import { initialMaterializationState } from '../../aggregates/materialization/materialization.state';
import {
  at,
  materializationId,
  requested,
  wholeTransfer,
} from '../../aggregates/materialization/materialization.spec-kit';
import { MaterializationJobStep, materializationJobDecider } from './materialization-job.decider';

const handle = { adapter: 'local', id: 'materialization:k:transfer' };
const distributionId = '0190a000-0000-7000-8000-0000000000c9';
const transfer = { ...wholeTransfer, state: 'Succeeded' as const };
const steps: MaterializationJobStep[] = [
  { step: 'transferBegun', handle },
  { step: 'transferEnded', transfer, error: null },
  { step: 'copyRegistered', distributionId },
  { step: 'verified', attestationId: '0190a000-0000-7000-8000-0000000000b1' },
];
const when = (history: MaterializationEvent[], report: MaterializationJobStep) =>
  given(materializationJobDecider, history).when({ materializationId, report }, undefined);

function run(history: MaterializationEvent[], reports: MaterializationJobStep[]): MaterializationEvent[] {
  for (const report of reports) {
    const outcome = when(history, report).outcome;
    if ('events' in outcome) history = [...history, ...outcome.events];
  }
  return history;
}

describe('materialization job steps', () => {
  it('begin → transfer ended → copy registered → verified', () => {
    const history = run([requested], steps);
    expect(history.map((e) => e.type)).toEqual([
      'MaterializationRequested',
      'MaterializationTransferBegun',
      'MaterializationTransferEnded',
      'MaterializationCopyRegistered',
      'MaterializationVerified',
    ]);
    const state = fold(evolveMaterialization, initialMaterializationState, history);
    expect(state).toMatchObject({ state: 'Verified', distributionId });
  });

  it('a Failed transfer ends Failed with its error; nothing can be registered after it', () => {
    const begun = run([requested], [steps[0]]);
    const error = { code: 'TransferAccessDenied', detail: '403' };
    when(begun, { step: 'transferEnded', transfer: { ...transfer, state: 'Failed' }, error }).then([
      {
        type: 'MaterializationTransferEnded',
        data: { materializationId, transfer: { ...transfer, state: 'Failed' }, error, at },
      },
    ]);
    const failed = run(begun, [{ step: 'transferEnded', transfer: { ...transfer, state: 'Failed' }, error }]);
    when(failed, { step: 'copyRegistered', distributionId }).then([]);
    expect(fold(evolveMaterialization, initialMaterializationState, failed)).toMatchObject({ state: 'Failed', error });
  });

  it('a transfer begun after a cancel is refused (the job cancels it); one that succeeded after a cancel ends Cancelled', () => {
    const cancelled: MaterializationEvent = { type: 'MaterializationCancelled', data: { materializationId, at } };
    when([requested, cancelled], steps[0]).thenFails('MaterializationNotTransferring');
    const asked: MaterializationEvent = {
      type: 'MaterializationCancelRequested',
      data: { materializationId, by: 'x', at },
    };
    const history = run([requested], [steps[0]]);
    const events = run([...history, asked], [steps[1]]);
    expect(fold(evolveMaterialization, initialMaterializationState, events)).toMatchObject({
      state: 'Cancelled',
      distributionId: null,
    });
  });

  it('every step reported any number of times, in any order, records each event at most once', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...steps), { maxLength: 20 }), (reports) => {
        const history = run([requested], [...reports, ...steps]);
        const counts = new Map<string, number>();
        for (const e of history) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
        const state = fold(evolveMaterialization, initialMaterializationState, history);
        return [...counts.values()].every((n) => n === 1) && state.exists && state.state === 'Verified';
      }),
    );
  });
});
