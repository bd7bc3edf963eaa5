import { DomainError, isUuid } from '@custody/kernel';
import { z } from 'zod';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 100;

/** `?limit=1..100&cursor=`, shared by every list route and list tool. */
export const pageQueryShape = {
  // Plain decimal digits only: `0x10`, `1e2`, ` 5` or `5.0` are refused, not coerced.
  limit: z
    .union([
      z.number(),
      z
        .string()
        .regex(/^[0-9]{1,3}$/, 'must be plain decimal digits')
        .transform(Number),
    ])
    .pipe(z.number().int().min(1).max(MAX_PAGE_SIZE))
    .default(DEFAULT_PAGE_SIZE)
    .describe('Page size, 1 to 100 (default 50)'),
  cursor: z.string().min(1).max(512).optional().describe('Opaque cursor from the previous page’s nextCursor'),
};

export const invalidCursor = (): DomainError =>
  new DomainError('InvalidCursor', 'Invalid', 'The cursor is not one this list handed out.');

/** Cursors are opaque to clients: the sort key of the last item, as base64url JSON. */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, arity: number): (string | number)[] {
  let value: unknown;
  try {
    if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw invalidCursor();
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (
    !Array.isArray(value) ||
    value.length !== arity ||
    !value.every((v) => typeof v === 'string' || typeof v === 'number')
  ) {
    throw invalidCursor();
  }
  return value;
}

/** Fetch `limit + 1` rows, pass them here: the extra row only tells whether another page exists. */
export function toPage<TRow, TItem>(
  rows: readonly TRow[],
  limit: number,
  toItem: (row: TRow) => TItem,
  keyOf: (row: TRow) => readonly (string | number)[],
): { items: TItem[]; nextCursor: string | null } {
  const pageRows = rows.slice(0, limit);
  const hasMore = rows.length > limit;
  return {
    items: pageRows.map(toItem),
    nextCursor: hasMore && pageRows.length > 0 ? encodeCursor(keyOf(pageRows[pageRows.length - 1])) : null,
  };
}

/** The id after which a page keyed on a UUID column starts (null for the first page); anything else is InvalidCursor. */
export function decodeIdCursor(cursor: string | undefined): string | null {
  if (cursor === undefined) return null;
  const [after] = decodeCursor(cursor, 1);
  if (!isUuid(after)) throw invalidCursor();
  return after;
}
