import { PidinstRecord } from './pidinst-record';

/** The identifier schemes custody assigns. */
export type MintScheme = 'DOI' | 'Handle';

export interface MintRequest {
  readonly scheme: MintScheme;
  /**
   * The exact identifier to create, `<prefix>/<suffix>`, decided and recorded by custody before the call: the
   * minter never invents one, so a retry after a failure asks for the same identifier again.
   */
  readonly identifier: string;
  /** Where the identifier resolves to (the record's `landingPage`). */
  readonly landingPage: string;
  /** The metadata published with the identifier. */
  readonly record: PidinstRecord;
}

export interface MintResult {
  /** The identifier the registry now holds (the requested one). */
  readonly identifier: string;
}

/**
 * Creates persistent identifiers in a registry (DataCite for DOIs; the stub for Handles and by default).
 * Idempotent per request: an identifier the registry already holds for this very request (same landing page)
 * is a success, so a retry after a lost answer does not fail.
 */
export interface DoiMinter {
  mint(request: MintRequest): Promise<MintResult>;
}

/** Nest injection token of the DoiMinter bound by the app's composition root. */
export const DOI_MINTER = Symbol.for('custody.ports.DoiMinter');

/**
 * Why a mint failed:
 * - `rejected`: the registry refused the request (DataCite 4xx, e.g. 422 invalid metadata or a DOI taken by
 *   something else); `detail` carries the registry's own message;
 * - `unauthorized`: the registry refused our credentials or prefix (401/403): a configuration problem;
 * - `unavailable`: the registry failed (5xx) or could not be reached;
 * - `timeout`: no answer within the configured time.
 */
export type MintFailureKind = 'rejected' | 'unauthorized' | 'unavailable' | 'timeout';

/** The one error a DoiMinter throws; anything else is a bug. */
export class DoiMintError extends Error {
  constructor(
    readonly kind: MintFailureKind,
    /** Human-readable, including the registry's own words when it gave any. */
    readonly detail: string,
    /** The registry's HTTP status, when it answered. */
    readonly status: number | null = null,
  ) {
    super(detail);
    this.name = 'DoiMintError';
  }
}

export function isDoiMintError(value: unknown): value is DoiMintError {
  return value instanceof DoiMintError;
}
