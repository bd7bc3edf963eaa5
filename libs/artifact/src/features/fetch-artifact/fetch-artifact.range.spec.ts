import fc from 'fast-check';
import { decideRange, ifNoneMatchHits } from './fetch-artifact.range';

const etag = '"abc"';

describe('byte ranges of a fetch', () => {
  it.each([
    [undefined, 100, { kind: 'full' }],
    ['bytes=10-19', 100, { kind: 'partial', start: 10, end: 19 }],
    ['bytes=0-0', 100, { kind: 'partial', start: 0, end: 0 }],
    ['bytes=90-', 100, { kind: 'partial', start: 90, end: 99 }],
    ['bytes=90-1000', 100, { kind: 'partial', start: 90, end: 99 }],
    ['bytes=-10', 100, { kind: 'partial', start: 90, end: 99 }],
    ['bytes=-1000', 100, { kind: 'partial', start: 0, end: 99 }],
    ['bytes=100-', 100, { kind: 'unsatisfiable' }],
    ['bytes=100-200', 100, { kind: 'unsatisfiable' }],
    ['bytes=-0', 100, { kind: 'unsatisfiable' }],
    ['bytes=0-', 0, { kind: 'unsatisfiable' }],
    ['bytes=-5', 0, { kind: 'unsatisfiable' }],
    ['bytes=20-10', 100, { kind: 'full' }],
    ['bytes=0-1,5-6', 100, { kind: 'full' }],
    ['items=0-1', 100, { kind: 'full' }],
    ['bytes=a-b', 100, { kind: 'full' }],
    ['bytes=-', 100, { kind: 'full' }],
  ])('%s of %i bytes → %j', (range, size, expected) => {
    expect(decideRange(range, undefined, etag, size)).toEqual(expected);
  });

  it('serves the whole representation when If-Range names another version', () => {
    expect(decideRange('bytes=10-19', '"other"', etag, 100)).toEqual({ kind: 'full' });
    expect(decideRange('bytes=10-19', 'Wed, 21 Oct 2015 07:28:00 GMT', etag, 100)).toEqual({ kind: 'full' });
    expect(decideRange('bytes=10-19', etag, etag, 100)).toEqual({ kind: 'partial', start: 10, end: 19 });
  });

  it('only ever serves bytes that exist', () => {
    fc.assert(
      fc.property(fc.nat(10_000), fc.nat(20_000), fc.option(fc.nat(20_000)), (size, a, b) => {
        const decision = decideRange(`bytes=${a}-${b ?? ''}`, undefined, etag, size);
        if (decision.kind === 'partial') {
          expect(decision.start).toBe(a);
          expect(decision.end).toBeLessThan(size);
          expect(decision.start).toBeLessThanOrEqual(decision.end);
        } else if (decision.kind === 'unsatisfiable') {
          expect(a).toBeGreaterThanOrEqual(size);
        } else {
          expect(b).not.toBeNull();
          expect(b!).toBeLessThan(a);
        }
      }),
    );
  });

  it('matches If-None-Match weakly, in lists and with *', () => {
    expect(ifNoneMatchHits(undefined, etag)).toBe(false);
    expect(ifNoneMatchHits('"abc"', etag)).toBe(true);
    expect(ifNoneMatchHits('W/"abc"', etag)).toBe(true);
    expect(ifNoneMatchHits('"x", "abc"', etag)).toBe(true);
    expect(ifNoneMatchHits('*', etag)).toBe(true);
    expect(ifNoneMatchHits('"abcd"', etag)).toBe(false);
  });
});
