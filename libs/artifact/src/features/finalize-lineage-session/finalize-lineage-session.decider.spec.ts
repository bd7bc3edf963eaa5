import fc from 'fast-check';
import { fold, given } from '@custody/kernel';
import { LineageSessionEvent } from '../../aggregates/lineage-session/lineage-session.events';
import { FinalizeLineageSessionContext, finalizeLineageSessionDecider } from './finalize-lineage-session.decider';

const sessionId = '0190a000-0000-7000-8000-0000000000c1';
const owner = { principalId: '0190a000-0000-7000-8000-0000000000e1', admin: false };
const opened: LineageSessionEvent = {
  type: 'LineageSessionOpened',
  data: { sessionId, principalId: owner.principalId, clientSessionId: null, git: null, openedAt: 'x' },
};
const counts = { jobs: 2, inputs: 3, outputs: 1 };
const context: FinalizeLineageSessionContext = { staged: counts, conflictingJobUid: null, lineageHash: 'f'.repeat(64) };
const finalize = (expected = counts) => ({ sessionId, caller: owner, expected });
const finalized: LineageSessionEvent = {
  type: 'LineageSessionFinalized',
  data: { sessionId, lineageHash: 'f'.repeat(64), counts, finalizedAt: '2026-01-01T00:00:00.000Z' },
};

describe('finalize lineage session', () => {
  it('seals the session under its lineage hash', () => {
    given(finalizeLineageSessionDecider, [opened]).when(finalize(), context).then([finalized]);
  });

  it('refuses counts that differ from what was staged', () => {
    given(finalizeLineageSessionDecider, [opened])
      .when(finalize({ ...counts, outputs: 2 }), context)
      .thenFails('LineageCountsMismatch');
  });

  it('refuses when another session finalized one of its jobs first', () => {
    given(finalizeLineageSessionDecider, [opened])
      .when(finalize(), { ...context, conflictingJobUid: 'job-1' })
      .thenFails('LineageJobConflict');
  });

  it('changes nothing when finalized again; refuses an unknown session', () => {
    given(finalizeLineageSessionDecider, [opened, finalized]).when(finalize(), context).then([]);
    given(finalizeLineageSessionDecider, []).when(finalize(), context).thenFails('LineageSessionNotFound');
  });

  it('closes the session exactly when every count matches', () => {
    const n = fc.nat({ max: 5 });
    fc.assert(
      fc.property(
        fc.record({ jobs: n, inputs: n, outputs: n }),
        fc.record({ jobs: n, inputs: n, outputs: n }),
        (expected, staged) => {
          const outcome = given(finalizeLineageSessionDecider, [opened]).when(finalize(expected), {
            ...context,
            staged,
          }).outcome;
          const matches =
            expected.jobs === staged.jobs && expected.inputs === staged.inputs && expected.outputs === staged.outputs;
          if (!matches) return 'error' in outcome && outcome.error.code === 'LineageCountsMismatch';
          if (!('events' in outcome)) return false;
          const state = fold(
            finalizeLineageSessionDecider.evolve,
            fold(finalizeLineageSessionDecider.evolve, finalizeLineageSessionDecider.initialState, [opened]),
            outcome.events,
          );
          return state.exists && state.status === 'closed';
        },
      ),
    );
  });
});
