import fc from 'fast-check';
import { fixedDeps, given } from '@custody/kernel';
import { LineageSessionEvent } from '../../aggregates/lineage-session/lineage-session.events';
import {
  ArtifactToStage,
  StageLineageArtifactsContext,
  stageLineageArtifactsDecider,
} from './stage-lineage-artifacts.decider';

const sessionId = '0190a000-0000-7000-8000-0000000000c1';
const owner = { principalId: '0190a000-0000-7000-8000-0000000000e1', admin: false };
const opened: LineageSessionEvent = {
  type: 'LineageSessionOpened',
  data: { sessionId, principalId: owner.principalId, clientSessionId: null, git: null, openedAt: 'x' },
};
const sha = (c: string) => c.repeat(64);
const artifact = (c: string, size = 10, extra: Partial<ArtifactToStage> = {}): ArtifactToStage => ({
  hashes: [{ algorithm: 'sha256', digest: sha(c) }],
  size,
  sourceType: 'file',
  sourceUrl: `file:///data/${c}`,
  ...extra,
});
const empty: StageLineageArtifactsContext = { known: new Map(), namedBySession: new Set(), deposits: new Map() };
const stage = (artifacts: ArtifactToStage[]) => ({ sessionId, caller: owner, artifacts });
const id = (n: number) => `00000000-0000-7000-8000-${n.toString(16).padStart(12, '0')}`;

describe('stage lineage artifacts', () => {
  it('registers new artifacts under their preferred hash, hashes ordered sha256, blake3, md5', () => {
    const withMd5 = artifact('a', 10, {
      hashes: [
        { algorithm: 'md5', digest: 'b'.repeat(32) },
        { algorithm: 'sha256', digest: sha('a') },
      ],
    });
    given(stageLineageArtifactsDecider, [opened])
      .when(stage([withMd5, artifact('c', 0)]), empty)
      .then([
        {
          type: 'LineageArtifactsStaged',
          data: {
            sessionId,
            artifacts: [
              {
                artifactId: id(1),
                nodeId: `artifact:sha256:${sha('a')}`,
                hashes: [
                  { algorithm: 'sha256', digest: sha('a') },
                  { algorithm: 'md5', digest: 'b'.repeat(32) },
                ],
                size: 10,
                sourceType: 'file',
                sourceUrl: 'file:///data/a',
              },
              {
                artifactId: id(2),
                nodeId: `artifact:sha256:${sha('c')}`,
                hashes: [{ algorithm: 'sha256', digest: sha('c') }],
                size: 0,
                sourceType: 'file',
                sourceUrl: 'file:///data/c',
              },
            ],
            existingArtifactIds: [],
          },
        },
      ]);
  });

  it('names a known artifact as existing, and refuses one whose size differs', () => {
    const known = new Map([[`sha256:${sha('a')}`, { artifactId: 'known-a', size: 10 }]]);
    given(stageLineageArtifactsDecider, [opened])
      .when(stage([artifact('a')]), { ...empty, known })
      .then([{ type: 'LineageArtifactsStaged', data: { sessionId, artifacts: [], existingArtifactIds: ['known-a'] } }]);
    given(stageLineageArtifactsDecider, [opened])
      .when(stage([artifact('a')]), { ...empty, known, namedBySession: new Set(['known-a']) })
      .then([]);
    given(stageLineageArtifactsDecider, [opened])
      .when(stage([artifact('a', 11)]), { ...empty, known })
      .thenFails('LineageArtifactMismatch');
  });

  it('refuses a repeat in the same batch with another size', () => {
    given(stageLineageArtifactsDecider, [opened])
      .when(stage([artifact('a', 1), artifact('a', 2)]), empty)
      .thenFails('LineageArtifactMismatch');
  });

  it('checks a custody:// source against its deposit', () => {
    const uri = `custody://artifacts/${'1'.repeat(32)}`;
    const deposited = artifact('d', 5, { sourceType: 'custody', sourceUrl: uri });
    const deposits = new Map([[uri, { sizeBytes: 5, sha256: sha('d') }]]);
    const outcome = given(stageLineageArtifactsDecider, [opened]).when(stage([deposited]), {
      ...empty,
      deposits,
    }).outcome;
    expect('events' in outcome && outcome.events).toHaveLength(1);
    given(stageLineageArtifactsDecider, [opened])
      .when(stage([{ ...deposited, size: 6 }]), { ...empty, deposits })
      .thenFails('LineageArtifactMismatch');
    given(stageLineageArtifactsDecider, [opened])
      .when(stage([{ ...deposited, hashes: [{ algorithm: 'sha256', digest: sha('e') }] }]), { ...empty, deposits })
      .thenFails('LineageArtifactMismatch');
    given(stageLineageArtifactsDecider, [opened])
      .when(stage([deposited]), { ...empty, deposits: new Map([[uri, null]]) })
      .thenFails('ArtifactNotFound');
  });

  it('refuses staging outside an open session of the caller', () => {
    given(stageLineageArtifactsDecider, [])
      .when(stage([artifact('a')]), empty)
      .thenFails('LineageSessionNotFound');
  });

  it('created + existing is the batch, and every distinct new hash is registered exactly once', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { minLength: 1, maxLength: 10 }),
        fc.subarray(['a', 'b', 'c', 'd']),
        (batch, before) => {
          const known = new Map(before.map((c) => [`sha256:${sha(c)}`, { artifactId: `known-${c}`, size: 10 }]));
          const outcome = given(stageLineageArtifactsDecider, [opened]).when(
            stage(batch.map((c) => artifact(c))),
            { ...empty, known },
            fixedDeps(),
          ).outcome;
          if (!('events' in outcome)) return false;
          const data = outcome.events[0]?.type === 'LineageArtifactsStaged' ? outcome.events[0].data : undefined;
          const fresh = (data?.artifacts ?? []).map((a) => a.hashes[0].digest[0]);
          expect(fresh).toEqual([...new Set(batch)].filter((c) => !before.includes(c)));
          expect(data?.existingArtifactIds ?? []).toEqual(
            [...new Set(batch)].filter((c) => before.includes(c)).map((c) => `known-${c}`),
          );
          return true;
        },
      ),
    );
  });
});
