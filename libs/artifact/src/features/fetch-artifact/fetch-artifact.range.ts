/** How a GET of `size` bytes answers, given its `Range` and `If-Range` headers (RFC 9110 §14). */
export type RangeDecision =
  | { readonly kind: 'full' }
  | { readonly kind: 'partial'; readonly start: number; readonly end: number }
  | { readonly kind: 'unsatisfiable' };

const FULL: RangeDecision = { kind: 'full' };
const UNSATISFIABLE: RangeDecision = { kind: 'unsatisfiable' };

/**
 * One range of bytes is served as 206: `bytes=a-b` (b clamped to the last byte), `bytes=a-`, `bytes=-n` (the
 * last n bytes). A range starting past the end, or a suffix of 0 bytes, is 416. A header that is malformed,
 * in another unit, or asks for several ranges is ignored (the whole representation, 200), as RFC 9110 allows;
 * so is a Range whose `If-Range` does not match the current entity tag.
 */
export function decideRange(
  range: string | undefined,
  ifRange: string | undefined,
  etag: string,
  size: number,
): RangeDecision {
  if (range === undefined) return FULL;
  if (ifRange !== undefined && ifRange.trim() !== etag) return FULL;
  const match = /^bytes=(\d*)-(\d*)$/.exec(range.trim());
  if (!match) return FULL;
  const [, first, last] = match;
  if (first === '' && last === '') return FULL;
  if (first === '') {
    const suffix = Number(last);
    if (suffix === 0 || size === 0) return UNSATISFIABLE;
    return { kind: 'partial', start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  if (last !== '' && Number(last) < start) return FULL;
  if (start >= size) return UNSATISFIABLE;
  const end = last === '' ? size - 1 : Math.min(Number(last), size - 1);
  return { kind: 'partial', start, end };
}

/** `If-None-Match` against the current entity tag (weak comparison, `*` matches anything). */
export function ifNoneMatchHits(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}
