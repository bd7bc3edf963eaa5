import fc from 'fast-check';
import { deepEqual } from './deep-equal';

/** A reference for equality of JSON data: stringify with sorted keys. */
function sortedJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(sortedJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${sortedJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** A deep copy with every object's keys in reverse order. */
function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, reversedKeys(v)]),
    );
  }
  return value;
}

/** JSON data (fast-check's jsonValue may give -0, which JSON cannot carry and deepEqual tells from 0). */
const jsonData = (maxDepth?: number) =>
  fc.jsonValue(maxDepth === undefined ? {} : { maxDepth }).map((v) => JSON.parse(JSON.stringify(v)) as unknown);

describe('deepEqual', () => {
  it('compares primitives by identity (NaN equals NaN)', () => {
    expect(deepEqual(1, 1)).toBe(true);
    expect(deepEqual('a', 'a')).toBe(true);
    expect(deepEqual(null, null)).toBe(true);
    expect(deepEqual(undefined, undefined)).toBe(true);
    expect(deepEqual(NaN, NaN)).toBe(true);
    expect(deepEqual(1, '1')).toBe(false);
    expect(deepEqual(0, false)).toBe(false);
    expect(deepEqual(null, undefined)).toBe(false);
    expect(deepEqual(null, {})).toBe(false);
    expect(deepEqual({}, null)).toBe(false);
  });

  it('compares objects structurally, whatever the key order', () => {
    expect(deepEqual({ a: 1, b: { c: [1, 2] } }, { b: { c: [1, 2] }, a: 1 })).toBe(true);
    expect(deepEqual({ a: 1 }, { a: 2 })).toBe(false);
    expect(deepEqual({ a: 1 }, { b: 1 })).toBe(false);
    expect(deepEqual({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(deepEqual({ a: { b: { c: 1 } } }, { a: { b: { c: 2 } } })).toBe(false);
  });

  it('treats a key holding undefined as absent', () => {
    expect(deepEqual({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(deepEqual({ a: 1 }, { a: 1, b: undefined })).toBe(true);
    expect(deepEqual({ a: undefined }, { b: undefined })).toBe(true);
    expect(deepEqual({ a: undefined }, { a: null })).toBe(false);
  });

  it('compares arrays by length and position, and never equals an array to an object', () => {
    expect(deepEqual([1, [2, 3]], [1, [2, 3]])).toBe(true);
    expect(deepEqual([1, 2], [2, 1])).toBe(false);
    expect(deepEqual([1, 2], [1, 2, 3])).toBe(false);
    expect(deepEqual([], {})).toBe(false);
    expect(deepEqual({ 0: 'a', length: 1 }, ['a'])).toBe(false);
    expect(deepEqual(['a'], { 0: 'a' })).toBe(false);
  });

  it('is reflexive and holds between a value and its JSON copy or its key-reversed copy', () => {
    fc.assert(
      fc.property(jsonData(), (value) => {
        expect(deepEqual(value, value)).toBe(true);
        expect(deepEqual(value, JSON.parse(JSON.stringify(value)))).toBe(true);
        expect(deepEqual(value, reversedKeys(value))).toBe(true);
        expect(deepEqual(reversedKeys(value), value)).toBe(true);
      }),
    );
  });

  it('agrees with a sorted-key JSON comparison, and is symmetric', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.tuple(jsonData(3), jsonData(3)),
          jsonData(3).map((v) => [v, reversedKeys(v)] as const),
        ),
        ([a, b]) => {
          const expected = sortedJson(a) === sortedJson(b);
          expect(deepEqual(a, b)).toBe(expected);
          expect(deepEqual(b, a)).toBe(expected);
        },
      ),
    );
  });

  it('tells apart values that differ in one nested leaf', () => {
    fc.assert(
      fc.property(jsonData(), fc.string(), (value, key) => {
        expect(deepEqual({ [key]: [value, 1] }, { [key]: [value, 2] })).toBe(false);
      }),
    );
  });
});
