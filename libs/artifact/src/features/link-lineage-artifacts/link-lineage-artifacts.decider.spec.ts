import fc from 'fast-check';
import { given } from '@custody/kernel';
import { LineageSessionEvent } from '../../aggregates/lineage-session/lineage-session.events';
import {
  LinkLineageArtifactsContext,
  LinkToStage,
  linkLineageArtifactsDecider,
} from './link-lineage-artifacts.decider';

const sessionId = '0190a000-0000-7000-8000-0000000000c1';
const owner = { principalId: '0190a000-0000-7000-8000-0000000000e1', admin: false };
const opened: LineageSessionEvent = {
  type: 'LineageSessionOpened',
  data: { sessionId, principalId: owner.principalId, clientSessionId: null, git: null, openedAt: 'x' },
};
const sha = (c: string) => c.repeat(64);
const link = (jobUid: string, c: string, direction: 'input' | 'output' = 'input'): LinkToStage => ({
  jobUid,
  direction,
  hash: { algorithm: 'sha256', digest: sha(c) },
  path: `/data/${c}`,
});
const context: LinkLineageArtifactsContext = {
  artifacts: new Map([
    [`sha256:${sha('a')}`, 'art-a'],
    [`sha256:${sha('b')}`, 'art-b'],
  ]),
  sessionJobs: new Set(['j1', 'j2']),
  present: new Set(),
  sessionLinkCount: 0,
};
const linkAll = (links: LinkToStage[], maxSessionLinks = 100_000) => ({
  sessionId,
  caller: owner,
  links,
  maxSessionLinks,
});

describe('link lineage artifacts', () => {
  it('links staged jobs to registered artifacts', () => {
    given(linkLineageArtifactsDecider, [opened])
      .when(linkAll([link('j1', 'a'), link('j1', 'b', 'output')]), context)
      .then([
        {
          type: 'LineageLinksStaged',
          data: {
            sessionId,
            links: [
              { jobUid: 'j1', direction: 'input', artifactId: 'art-a', path: '/data/a' },
              { jobUid: 'j1', direction: 'output', artifactId: 'art-b', path: '/data/b' },
            ],
          },
        },
      ]);
  });

  it('refuses the whole batch for one unregistered hash, naming it, or one unknown job', () => {
    const error = given(linkLineageArtifactsDecider, [opened])
      .when(linkAll([link('j1', 'a'), link('j1', 'c')]), context)
      .thenFails('LineageArtifactNotRegistered');
    expect(error.message).toContain(`sha256:${sha('c')}`);
    given(linkLineageArtifactsDecider, [opened])
      .when(linkAll([link('j1', 'a'), link('j9', 'a')]), context)
      .thenFails('LineageJobNotFound');
  });

  it('records a link once, and keeps the session under its cap', () => {
    given(linkLineageArtifactsDecider, [opened])
      .when(linkAll([link('j1', 'a')]), { ...context, present: new Set(['j1|input|art-a|/data/a']) })
      .then([]);
    given(linkLineageArtifactsDecider, [opened])
      .when(linkAll([link('j1', 'a'), link('j2', 'a')], 3), { ...context, sessionLinkCount: 2 })
      .thenFails('LineageSessionFull');
  });

  it('a batch either links every link or fails without events', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            job: fc.constantFrom('j1', 'j2', 'j3'),
            artifact: fc.constantFrom('a', 'b', 'c'),
            output: fc.boolean(),
          }),
          { minLength: 1, maxLength: 8 },
        ),
        (items) => {
          const links = items.map((i) => link(i.job, i.artifact, i.output ? 'output' : 'input'));
          const outcome = given(linkLineageArtifactsDecider, [opened]).when(linkAll(links), context).outcome;
          const valid = items.every((i) => i.job !== 'j3' && i.artifact !== 'c');
          if (!valid) return 'error' in outcome;
          if (!('events' in outcome)) return false;
          const staged = outcome.events.flatMap((e) => (e.type === 'LineageLinksStaged' ? e.data.links : []));
          const distinct = new Set(links.map((l) => `${l.jobUid}|${l.direction}|${l.hash.digest}`));
          return staged.length === distinct.size;
        },
      ),
    );
  });
});
