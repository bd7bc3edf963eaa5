import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { LineageContent, renderLineage } from './lineage-rendering';

const lineageHash = (content: LineageContent) => createHash('sha256').update(renderLineage(content)).digest('hex');

const hex = (length: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: length, maxLength: length });
const text = fc.string({ unit: 'grapheme', maxLength: 12 });

const content: fc.Arbitrary<LineageContent> = fc.record({
  git: fc.option(fc.record({ repo: text, commit: hex(40), branch: text }), { nil: null }),
  jobs: fc.uniqueArray(
    fc.record({
      jobUid: text,
      command: text,
      stepNumber: fc.nat({ max: 100 }),
      startedAt: fc.constant('2026-01-01T00:00:00Z'),
      durationSeconds: fc.option(fc.double({ min: 0, max: 1e6, noNaN: true }), { nil: null }),
      exitCode: fc.option(fc.integer({ min: -1, max: 255 }), { nil: null }),
      runId: fc.option(fc.uuid(), { nil: null }),
    }),
    { selector: (j) => j.jobUid, maxLength: 6 },
  ),
  artifacts: fc.uniqueArray(
    fc.record({
      hashes: fc
        .subarray(['sha256', 'blake3', 'md5'] as const, { minLength: 1 })
        .chain((algorithms) =>
          fc.tuple(
            ...algorithms.map((algorithm) =>
              hex(algorithm === 'md5' ? 32 : 64).map((digest) => ({ algorithm, digest })),
            ),
          ),
        ),
      size: fc.nat(),
      sourceType: fc.constantFrom('file' as const, 's3' as const, 'none' as const),
      sourceUrl: fc.option(text, { nil: null }),
    }),
    { selector: (a) => a.hashes[0].digest, maxLength: 6 },
  ),
  links: fc.uniqueArray(
    fc.record({
      jobUid: text,
      direction: fc.constantFrom('input' as const, 'output' as const),
      artifact: hex(64).map((d) => `sha256:${d}`),
      path: text,
    }),
    { selector: (l) => `${l.jobUid}|${l.direction}|${l.artifact}|${l.path}`, maxLength: 8 },
  ),
});

/** The same content with every list (and every artifact's hashes) in another order. */
function shuffled(c: LineageContent, seed: number): LineageContent {
  let state = seed || 1;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const shuffle = <T>(items: readonly T[]): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  };
  return {
    git: c.git,
    jobs: shuffle(c.jobs),
    artifacts: shuffle(c.artifacts).map((a) => ({ ...a, hashes: shuffle(a.hashes) })),
    links: shuffle(c.links),
  };
}

describe('the lineage rendering and its hash', () => {
  it('does not depend on the order jobs, artifacts, hashes and links were sent in', () => {
    fc.assert(
      fc.property(content, fc.integer({ min: 1, max: 2 ** 30 }), (c, seed) => {
        expect(lineageHash(shuffled(c, seed))).toBe(lineageHash(c));
      }),
    );
  });

  it('changes when any item changes', () => {
    fc.assert(
      fc.property(content, (c) => {
        fc.pre(c.links.length > 0);
        const [first, ...rest] = c.links;
        const moved = { ...c, links: [{ ...first, path: `${first.path}/moved` }, ...rest] };
        expect(lineageHash(moved)).not.toBe(lineageHash(c));
      }),
    );
  });

  it('renders one sorted ASCII line per item, fields as JSON literals separated by tabs', () => {
    const rendering = renderLineage({
      git: { repo: 'r', commit: 'c', branch: 'b' },
      jobs: [
        {
          jobUid: 'j',
          command: 'écho\t1',
          stepNumber: 1,
          startedAt: 't',
          durationSeconds: 1.5,
          exitCode: null,
          runId: null,
        },
      ],
      artifacts: [
        {
          hashes: [
            { algorithm: 'md5', digest: '0'.repeat(32) },
            { algorithm: 'sha256', digest: 'a'.repeat(64) },
          ],
          size: 3,
          sourceType: 'none',
          sourceUrl: null,
        },
      ],
      links: [{ jobUid: 'j', direction: 'output', artifact: `sha256:${'a'.repeat(64)}`, path: '/o' }],
    });
    expect(rendering).toBe(
      [
        `"artifact"\t"sha256:${'a'.repeat(64)},md5:${'0'.repeat(32)}"\t3\t"none"\tnull\n`,
        `"git"\t"r"\t"c"\t"b"\n`,
        `"job"\t"j"\t"\\u00e9cho\\t1"\t1\t"t"\t1.5\tnull\tnull\n`,
        `"link"\t"j"\t"output"\t"sha256:${'a'.repeat(64)}"\t"/o"\n`,
      ].join(''),
    );
    expect([...rendering].every((c) => c.charCodeAt(0) < 0x80)).toBe(true);
  });
});
