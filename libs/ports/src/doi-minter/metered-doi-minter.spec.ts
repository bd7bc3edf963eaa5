import { DoiMintError, DoiMinter, MintRequest } from './doi-minter.port';
import { meteredDoiMinter } from './metered-doi-minter';

const request = {
  scheme: 'DOI',
  identifier: '10.5072/x',
  landingPage: 'http://l',
  record: {},
} as unknown as MintRequest;

describe('meteredDoiMinter', () => {
  it('reports ok with the latency and passes the result through', async () => {
    const seen: unknown[][] = [];
    const inner: DoiMinter = { mint: async (r) => ({ identifier: r.identifier }) };
    await expect(meteredDoiMinter(inner, (...a) => seen.push(a)).mint(request)).resolves.toEqual({
      identifier: '10.5072/x',
    });
    expect(seen).toEqual([['DOI', 'ok', expect.any(Number)]]);
    expect(seen[0][2]).toBeGreaterThanOrEqual(0);
  });

  it('reports the failure kind and rethrows the same error', async () => {
    const seen: unknown[][] = [];
    const failure = new DoiMintError('unavailable', 'DataCite answered 503', 503);
    const inner: DoiMinter = {
      mint: async () => {
        throw failure;
      },
    };
    await expect(meteredDoiMinter(inner, (...a) => seen.push(a)).mint(request)).rejects.toBe(failure);
    expect(seen).toEqual([['DOI', 'unavailable', expect.any(Number)]]);
  });
});
