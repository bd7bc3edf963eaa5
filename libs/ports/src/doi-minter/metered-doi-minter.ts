import { DoiMinter, MintRequest, MintResult, isDoiMintError } from './doi-minter.port';

/** Told of every mint: scheme, outcome (`ok` or the failure kind) and how long the registry took. */
export type MintObserver = (scheme: string, outcome: string, seconds: number) => void;

/** A DoiMinter that reports each call's outcome and latency (the apps feed their metrics with it). */
export class MeteredDoiMinter implements DoiMinter {
  constructor(
    /** The adapter that mints (stub or DataCite). */
    readonly inner: DoiMinter,
    private readonly observe: MintObserver,
  ) {}

  async mint(request: MintRequest): Promise<MintResult> {
    const started = performance.now();
    const seconds = () => (performance.now() - started) / 1000;
    try {
      const result = await this.inner.mint(request);
      this.observe(request.scheme, 'ok', seconds());
      return result;
    } catch (error) {
      this.observe(request.scheme, isDoiMintError(error) ? error.kind : 'error', seconds());
      throw error;
    }
  }
}

export function meteredDoiMinter(minter: DoiMinter, observe: MintObserver): MeteredDoiMinter {
  return new MeteredDoiMinter(minter, observe);
}
