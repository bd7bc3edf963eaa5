import { sortedBytewise } from './bytewise';

describe('sortedBytewise', () => {
  it('orders by UTF-8 bytes, where UTF-16 order differs, and leaves its input as it was', () => {
    // U+FF5E (EF BD 9E) sorts before U+1F600 (F0 9F 98 80) in UTF-8, after it in UTF-16 (FF5E > D83D).
    const paths = ['b/\u{1F600}', 'b/\uFF5E', 'a', 'B'];
    expect(sortedBytewise(paths, (p) => p)).toEqual(['B', 'a', 'b/\uFF5E', 'b/\u{1F600}']);
    expect(paths).toEqual(['b/\u{1F600}', 'b/\uFF5E', 'a', 'B']);
    expect([...paths].sort()).not.toEqual(sortedBytewise(paths, (p) => p));
  });
});
