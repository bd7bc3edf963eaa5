import fc from 'fast-check';
import { formatUuidV7, isUuid } from './ids';

const MAX_MS = 2 ** 48 - 1;
const hexOf = (uuid: string): string => uuid.replace(/-/g, '');
const bytesOf = (uuid: string): number[] =>
  hexOf(uuid)
    .match(/../g)!
    .map((h) => parseInt(h, 16));

const millis = fc.integer({ min: 0, max: MAX_MS });
const randomBytes = fc.uint8Array({ minLength: 10, maxLength: 10 });

describe('formatUuidV7', () => {
  it('formats a canonical lowercase UUID', () => {
    const uuid = formatUuidV7(0x0190a0000000, new Uint8Array(10));
    expect(uuid).toBe('0190a000-0000-7000-8000-000000000000');
    expect(isUuid(uuid)).toBe(true);
  });

  it('puts the millisecond timestamp big-endian in the first 48 bits', () => {
    fc.assert(
      fc.property(millis, randomBytes, (ms, random) => {
        expect(parseInt(hexOf(formatUuidV7(ms, random)).slice(0, 12), 16)).toBe(ms);
      }),
    );
  });

  it('floors fractional milliseconds', () => {
    const random = new Uint8Array(10).fill(0xab);
    expect(formatUuidV7(1234.999, random)).toBe(formatUuidV7(1234, random));
  });

  it('sets version nibble 7 and variant 10xx whatever the random bytes', () => {
    fc.assert(
      fc.property(millis, randomBytes, (ms, random) => {
        const uuid = formatUuidV7(ms, random);
        expect(uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
        const bytes = bytesOf(uuid);
        expect(bytes[6] >> 4).toBe(0x7);
        expect(bytes[8] >> 6).toBe(0b10);
      }),
    );
  });

  it('uses all ten random bytes, except the bits taken by version and variant', () => {
    fc.assert(
      fc.property(millis, randomBytes, (ms, random) => {
        const bytes = bytesOf(formatUuidV7(ms, random));
        expect(bytes[6] & 0x0f).toBe(random[0] & 0x0f);
        expect(bytes[7]).toBe(random[1]);
        expect(bytes[8] & 0x3f).toBe(random[2] & 0x3f);
        expect(bytes.slice(9)).toEqual(Array.from(random.subarray(3, 10)));
      }),
    );
  });

  it('changes when any of the 74 random bits changes', () => {
    const base = new Uint8Array(10);
    const seen = new Set([formatUuidV7(1, base)]);
    const usable = [0x0f, 0xff, 0x3f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff];
    for (let byte = 0; byte < 10; byte++) {
      for (let bit = 0; bit < 8; bit++) {
        if (!(usable[byte] & (1 << bit))) continue;
        const random = base.slice();
        random[byte] = 1 << bit;
        seen.add(formatUuidV7(1, random));
      }
    }
    expect(seen.size).toBe(1 + 74);
  });

  it('ignores random bytes beyond the tenth and refuses fewer than ten', () => {
    const random = Uint8Array.from({ length: 12 }, (_, i) => i + 1);
    expect(formatUuidV7(5, random)).toBe(formatUuidV7(5, random.subarray(0, 10)));
    expect(() => formatUuidV7(5, new Uint8Array(9))).toThrow(RangeError);
  });

  it('sorts by time: a later millisecond gives a greater string, whatever the randomness', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: MAX_MS - 1 }),
        fc.integer({ min: 1, max: 2 ** 20 }),
        randomBytes,
        randomBytes,
        (ms, delta, r1, r2) => {
          const later = Math.min(ms + delta, MAX_MS);
          expect(formatUuidV7(ms, r1) < formatUuidV7(later, r2)).toBe(true);
        },
      ),
    );
  });

  it('keeps a run of ids generated over increasing milliseconds in order', () => {
    const ids = Array.from({ length: 300 }, (_, i) =>
      formatUuidV7(
        1_700_000_000_000 + i * 7,
        Uint8Array.from({ length: 10 }, () => Math.floor(Math.random() * 256)),
      ),
    );
    expect([...ids].sort()).toEqual(ids);
  });
});

describe('isUuid', () => {
  it('accepts UUIDs and refuses other values', () => {
    expect(isUuid('0190A000-0000-7000-8000-0000000000A1')).toBe(true);
    for (const value of ['', 'not-a-uuid', '0190a000-0000-7000-8000-0000000000a', 42, null, undefined]) {
      expect(isUuid(value)).toBe(false);
    }
  });
});
