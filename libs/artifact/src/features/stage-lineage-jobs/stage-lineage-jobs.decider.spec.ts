import fc from 'fast-check';
import { given } from '@custody/kernel';
import { LineageSessionEvent, StagedJob } from '../../aggregates/lineage-session/lineage-session.events';
import { StageLineageJobs, stageLineageJobsDecider } from './stage-lineage-jobs.decider';

const sessionId = '0190a000-0000-7000-8000-0000000000c1';
const owner = { principalId: '0190a000-0000-7000-8000-0000000000e1', admin: false };
const opened: LineageSessionEvent = {
  type: 'LineageSessionOpened',
  data: { sessionId, principalId: owner.principalId, clientSessionId: null, git: null, openedAt: 'x' },
};
const finalized: LineageSessionEvent = {
  type: 'LineageSessionFinalized',
  data: { sessionId, lineageHash: 'h', counts: { jobs: 0, inputs: 0, outputs: 0 }, finalizedAt: 'y' },
};
const job = (jobUid: string): StagedJob => ({
  jobUid,
  command: `run ${jobUid}`,
  stepNumber: 1,
  startedAt: '2026-01-01T00:00:00Z',
  durationSeconds: null,
  exitCode: 0,
  runId: null,
});
const none = { staged: new Set<string>(), finalizedElsewhere: new Set<string>() };
const stage = (jobs: StagedJob[], caller = owner): StageLineageJobs => ({ sessionId, caller, jobs });

describe('stage lineage jobs', () => {
  it('stages new jobs', () => {
    given(stageLineageJobsDecider, [opened])
      .when(stage([job('a'), job('b')]), none)
      .then([{ type: 'LineageJobsStaged', data: { sessionId, jobs: [job('a'), job('b')] } }]);
  });

  it('counts jobs staged before, or repeated in the batch, as existing: only the rest is recorded', () => {
    given(stageLineageJobsDecider, [opened])
      .when(stage([job('a'), job('b'), job('b')]), { ...none, staged: new Set(['a']) })
      .then([{ type: 'LineageJobsStaged', data: { sessionId, jobs: [job('b')] } }]);
    given(stageLineageJobsDecider, [opened])
      .when(stage([job('a')]), { ...none, staged: new Set(['a']) })
      .then([]);
  });

  it('refuses a jobUid that another finalized lineage holds, staging nothing', () => {
    given(stageLineageJobsDecider, [opened])
      .when(stage([job('a'), job('b')]), { ...none, finalizedElsewhere: new Set(['b']) })
      .thenFails('LineageJobConflict');
  });

  it('refuses staging in a finalized session, an unknown one, or someone else’s', () => {
    given(stageLineageJobsDecider, [opened, finalized])
      .when(stage([job('a')]), none)
      .thenFails('LineageSessionClosed');
    given(stageLineageJobsDecider, [])
      .when(stage([job('a')]), none)
      .thenFails('LineageSessionNotFound');
    given(stageLineageJobsDecider, [opened])
      .when(stage([job('a')], { principalId: 'someone-else', admin: false }), none)
      .thenFails('LineageSessionNotFound');
    given(stageLineageJobsDecider, [opened])
      .when(stage([job('a')], { principalId: 'an-admin', admin: true }), none)
      .then([{ type: 'LineageJobsStaged', data: { sessionId, jobs: [job('a')] } }]);
  });

  it('records each jobUid of the batch at most once, and exactly those not staged before', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e'), { minLength: 1, maxLength: 12 }),
        fc.subarray(['a', 'b', 'c', 'd', 'e']),
        (uids, before) => {
          const outcome = given(stageLineageJobsDecider, [opened]).when(stage(uids.map(job)), {
            ...none,
            staged: new Set(before),
          }).outcome;
          if (!('events' in outcome)) return false;
          const recorded = outcome.events.flatMap((e) => (e.type === 'LineageJobsStaged' ? e.data.jobs : []));
          const expected = [...new Set(uids)].filter((u) => !before.includes(u));
          expect(recorded.map((j) => j.jobUid)).toEqual(expected);
          return true;
        },
      ),
    );
  });
});
