import fc from 'fast-check';
import { canonicalJson } from './idempotency';

/** Rebuilds every object with its keys in a shuffled order (Object.fromEntries keeps `__proto__` a plain key). */
function shuffleKeys(value: unknown, order: (keys: string[]) => string[]): unknown {
  if (Array.isArray(value)) return value.map((v) => shuffleKeys(v, order));
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return Object.fromEntries(order(Object.keys(record)).map((k) => [k, shuffleKeys(record[k], order)]));
  }
  return value;
}

const reverse = (keys: string[]) => [...keys].reverse();

/** JSON data as a request body holds it (fast-check's jsonValue may give -0, which JSON cannot carry). */
const jsonData = fc.jsonValue().map((v) => JSON.parse(JSON.stringify(v)) as unknown);

function equalAsData(a: unknown, b: unknown): boolean {
  try {
    expect(a).toStrictEqual(b);
    return true;
  } catch {
    return false;
  }
}

describe('canonicalJson', () => {
  it('sorts keys at every depth', () => {
    expect(canonicalJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[{"y":2,"z":1}]},"b":1}',
    );
  });

  it('is independent of key order', () => {
    fc.assert(
      fc.property(jsonData, fc.integer(), (value, seed) => {
        // A deterministic pseudo-shuffle per seed, plus the full reversal.
        const shuffled = (keys: string[]) =>
          keys
            .map((k, i) => ({ k, w: Math.sin(seed + i * 7919) }))
            .sort((x, y) => x.w - y.w)
            .map((x) => x.k);
        expect(canonicalJson(shuffleKeys(value, shuffled))).toBe(canonicalJson(value));
        expect(canonicalJson(shuffleKeys(value, reverse))).toBe(canonicalJson(value));
      }),
    );
  });

  it('is valid JSON that parses back to the same value', () => {
    fc.assert(
      fc.property(jsonData, (value) => {
        expect(JSON.parse(canonicalJson(value))).toStrictEqual(value);
      }),
    );
  });

  it('gives the same text exactly for equal values', () => {
    const pair = fc.oneof(
      fc.tuple(jsonData, jsonData),
      jsonData.map((v) => [v, shuffleKeys(v, reverse)] as const),
    );
    fc.assert(
      fc.property(pair, ([a, b]) => {
        expect(canonicalJson(a) === canonicalJson(b)).toBe(equalAsData(a, b));
      }),
    );
  });

  it('drops keys holding undefined, as JSON.stringify does', () => {
    expect(canonicalJson({ a: 1, b: undefined })).toBe(canonicalJson({ a: 1 }));
    expect(canonicalJson(undefined)).toBe('null');
    expect(canonicalJson([1, undefined])).toBe('[1,null]');
  });

  it('distinguishes arrays from objects with the same entries', () => {
    expect(canonicalJson(['a'])).not.toBe(canonicalJson({ 0: 'a' }));
  });
});
