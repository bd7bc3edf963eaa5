import { DoiMinter, MintRequest, MintResult, isDoiMintError } from './doi-minter.port';

/** Told of every mint: scheme, outcome (`ok` or the failure kind) and how long the registry took. */
export type MintObserver = (scheme: string, outcome: string, seconds: number) => void;

/** A DoiMinter that reports each call's outcome and latency (the apps feed their metrics with it). */
export function meteredDoiMinter(minter: DoiMinter, observe: MintObserver): DoiMinter {
  return {
    async mint(request: MintRequest): Promise<MintResult> {
      const started = performance.now();
      const seconds = () => (performance.now() - started) / 1000;
      try {
        const result = await minter.mint(request);
        observe(request.scheme, 'ok', seconds());
        return result;
      } catch (error) {
        observe(request.scheme, isDoiMintError(error) ? error.kind : 'error', seconds());
        throw error;
      }
    },
  };
}
