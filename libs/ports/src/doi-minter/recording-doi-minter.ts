import { DoiMintError, DoiMinter, MintFailureKind, MintRequest, MintResult } from './doi-minter.port';

/**
 * Test double: records every call, holds what it minted (once per identifier, like a registry), and fails when
 * told to. A second request for an identifier it holds with the same landing page succeeds (the same request
 * again); with another landing page it is refused as taken.
 */
export class RecordingDoiMinter implements DoiMinter {
  readonly calls: MintRequest[] = [];
  private readonly held = new Map<string, MintRequest>();
  private readonly failures: { kind: MintFailureKind; detail: string; status: number | null }[] = [];

  /** Identifiers minted so far, in order. */
  get minted(): string[] {
    return [...this.held.keys()];
  }

  /** The next call fails (calls after it succeed again unless told otherwise). */
  failNext(
    detail = 'The registry is unavailable.',
    kind: MintFailureKind = 'unavailable',
    status: number | null = 503,
  ) {
    this.failures.push({ kind, detail, status });
    return this;
  }

  reset(): void {
    this.calls.length = 0;
    this.held.clear();
    this.failures.length = 0;
  }

  async mint(request: MintRequest): Promise<MintResult> {
    this.calls.push(request);
    const failure = this.failures.shift();
    if (failure) throw new DoiMintError(failure.kind, failure.detail, failure.status);
    const key = request.identifier.toLowerCase();
    const existing = this.held.get(key);
    if (existing && existing.landingPage !== request.landingPage) {
      throw new DoiMintError('rejected', `${request.identifier}: This DOI has already been taken`, 422);
    }
    if (!existing) this.held.set(key, request);
    return { identifier: request.identifier };
  }
}
