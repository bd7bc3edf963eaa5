import fc from 'fast-check';
import { DomainError } from '@custody/kernel';
import { decodeCursor, encodeCursor, toPage } from './pagination';

const keyPart = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
);
const sortKey = fc.array(keyPart, { minLength: 1, maxLength: 4 });

function expectInvalidCursor(cursor: string, arity: number): void {
  let thrown: unknown;
  try {
    decodeCursor(cursor, arity);
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(DomainError);
  expect((thrown as DomainError).code).toBe('InvalidCursor');
  expect((thrown as DomainError).family).toBe('Invalid');
}

const b64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64url');

describe('cursors', () => {
  it('decode what they encode', () => {
    fc.assert(
      fc.property(sortKey, (key) => {
        expect(decodeCursor(encodeCursor(key), key.length)).toEqual(key);
      }),
    );
  });

  it('are URL-safe without padding', () => {
    fc.assert(
      fc.property(sortKey, (key) => {
        expect(encodeCursor(key)).toMatch(/^[A-Za-z0-9_-]+$/);
      }),
    );
  });

  it('refuse a cursor of another arity', () => {
    const cursor = encodeCursor(['2026-01-01T00:00:00.000Z', 'abc']);
    expectInvalidCursor(cursor, 1);
    expectInvalidCursor(cursor, 3);
  });

  it.each([
    ['empty', ''],
    ['not base64url', 'abc+/='],
    ['padded', `${b64('["a"]')}=`],
    ['with spaces', 'a b'],
    ['not JSON', b64('not json')],
    ['truncated JSON', b64('["a"')],
    ['a JSON object', b64('{"0":"a"}')],
    ['a JSON string', b64('"a"')],
    ['a JSON number', b64('1')],
    ['null', b64('null')],
    ['an array holding null', b64('[null]')],
    ['an array holding a boolean', b64('[true]')],
    ['an array holding an object', b64('[{"a":1}]')],
    ['an array holding an array', b64('[["a"]]')],
  ])('refuse garbage (%s) with InvalidCursor', (_name, cursor) => {
    expectInvalidCursor(cursor, 1);
  });

  it('either decode an arbitrary string to a key of the right shape or refuse it with InvalidCursor', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.base64String(), fc.string({ unit: 'binary' })),
        fc.nat(3),
        (cursor, arity) => {
          try {
            const key = decodeCursor(cursor, arity);
            expect(key).toHaveLength(arity);
            for (const part of key) expect(['string', 'number']).toContain(typeof part);
          } catch (error) {
            expect(error).toBeInstanceOf(DomainError);
            expect((error as DomainError).code).toBe('InvalidCursor');
          }
        },
      ),
    );
  });
});

describe('toPage', () => {
  const rows = [
    { id: 'a', at: 1 },
    { id: 'b', at: 2 },
    { id: 'c', at: 3 },
  ];
  const toItem = (r: { id: string }) => r.id;
  const keyOf = (r: { id: string; at: number }) => [r.at, r.id];

  it('returns a cursor to the last item when there is one more row', () => {
    const page = toPage(rows, 2, toItem, keyOf);
    expect(page.items).toEqual(['a', 'b']);
    expect(page.nextCursor).not.toBeNull();
    expect(decodeCursor(page.nextCursor!, 2)).toEqual([2, 'b']);
  });

  it('returns no cursor on the last page', () => {
    expect(toPage(rows, 3, toItem, keyOf)).toEqual({ items: ['a', 'b', 'c'], nextCursor: null });
    expect(toPage([], 3, toItem, keyOf)).toEqual({ items: [], nextCursor: null });
  });
});
