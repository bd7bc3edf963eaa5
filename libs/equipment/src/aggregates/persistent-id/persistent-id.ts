import { conflict } from '@custody/kernel';

/**
 * Persistent identifiers (DOI or Handle) are set once. Assigning one is two-phase: the accepted request is
 * recorded first (with the exact identifier to be minted), then the minter is called outside the decision;
 * success records the identifier, failure leaves the request pending so that the same request again retries
 * the same identifier rather than minting another.
 */
export type PidScheme = 'DOI' | 'Handle';
export const PID_SCHEMES: readonly PidScheme[] = ['DOI', 'Handle'];

export interface PersistentIdentifier {
  readonly scheme: PidScheme;
  readonly value: string;
}

export interface PendingPersistentId extends PersistentIdentifier {
  /** The suffix the request asked for, or null when the suffix was generated. */
  readonly requestedSuffix: string | null;
  readonly requestedAt: string;
  /** Set when the last mint attempt failed; the request may then be retried at once. */
  readonly failedAt: string | null;
  readonly failure: string | null;
}

export interface PersistentIdState {
  readonly persistentId: PersistentIdentifier | null;
  readonly pendingPersistentId: PendingPersistentId | null;
}

export const noPersistentId: PersistentIdState = { persistentId: null, pendingPersistentId: null };

/** How a pending request shows in an aggregate's view (present only while one awaits the registry). */
export type PendingPersistentIdView = Pick<
  PendingPersistentId,
  'scheme' | 'value' | 'requestedAt' | 'failedAt' | 'failure'
>;

export function pendingPersistentIdView(state: PersistentIdState): { pendingPersistentId?: PendingPersistentIdView } {
  const pending = state.pendingPersistentId;
  if (!pending) return {};
  const { scheme, value, requestedAt, failedAt, failure } = pending;
  return { pendingPersistentId: { scheme, value, requestedAt, failedAt, failure } };
}

/** Prefixes the identifiers are minted under (CUSTODY_DOI_PREFIX, CUSTODY_HANDLE_PREFIX). */
export interface PidPrefixes {
  readonly DOI: string;
  readonly Handle: string;
}

export interface PidRequest {
  readonly scheme: PidScheme;
  readonly suffix: string | null;
}

/** An in-flight mint whose caller vanished (crash, timeout) may be taken over after this long. */
export const PID_REQUEST_LEASE_MS = 60_000;

export type PidRequestDecision =
  /** Record a new request for this identifier. */
  | { readonly kind: 'request'; readonly value: string }
  /** Retry the identifier already requested (a failed or abandoned attempt): nothing new to record. */
  | { readonly kind: 'retry'; readonly value: string };

/**
 * Decides a request to assign a persistent identifier (pure: `now` and `newId` come from the caller).
 * `alreadyAssignedCode` names the aggregate's own conflict code (e.g. FixturePersistentIdAlreadyAssigned).
 */
export function decidePidRequest(
  state: PersistentIdState,
  request: PidRequest,
  prefixes: PidPrefixes,
  alreadyAssignedCode: string,
  what: string,
  deps: { now: string; newId: () => string },
): PidRequestDecision {
  if (state.persistentId) {
    throw conflict(
      alreadyAssignedCode,
      `${what} already has the ${state.persistentId.scheme} ${state.persistentId.value}.`,
    );
  }
  const pending = state.pendingPersistentId;
  if (pending) {
    const sameRequest =
      pending.scheme === request.scheme && (request.suffix === null || request.suffix === pending.requestedSuffix);
    const abandoned = Date.parse(deps.now) - Date.parse(pending.requestedAt) >= PID_REQUEST_LEASE_MS;
    if (!sameRequest) {
      throw conflict(
        'PersistentIdentifierRequestPending',
        `${what} has a pending request for the ${pending.scheme} ${pending.value}; retry that request (same scheme and suffix).`,
      );
    }
    if (pending.failedAt === null && !abandoned) {
      throw conflict(
        alreadyAssignedCode,
        `${what} is being assigned the ${pending.scheme} ${pending.value} right now.`,
      );
    }
    return { kind: 'retry', value: pending.value };
  }
  const suffix = request.suffix ?? deps.newId();
  return { kind: 'request', value: `${prefixes[request.scheme]}/${suffix}` };
}

/** Folds the three persistent-identifier events into any aggregate's state. */
export function evolvePersistentId(
  state: PersistentIdState,
  event:
    | { type: 'requested'; scheme: PidScheme; value: string; requestedSuffix: string | null; at: string }
    | { type: 'failed'; at: string; reason: string }
    | { type: 'assigned'; scheme: PidScheme; value: string },
): PersistentIdState {
  switch (event.type) {
    case 'requested':
      return {
        persistentId: null,
        pendingPersistentId: {
          scheme: event.scheme,
          value: event.value,
          requestedSuffix: event.requestedSuffix,
          requestedAt: event.at,
          failedAt: null,
          failure: null,
        },
      };
    case 'failed':
      return state.pendingPersistentId
        ? { ...state, pendingPersistentId: { ...state.pendingPersistentId, failedAt: event.at, failure: event.reason } }
        : state;
    case 'assigned':
      return { persistentId: { scheme: event.scheme, value: event.value }, pendingPersistentId: null };
  }
}

/** What to record for an accepted request: a retry records it again for the same identifier, which clears the
 * failure and renews the lease, so a concurrent retry is refused while this one is with the registry. */
export function pidRequestRecord(
  state: PersistentIdState,
  request: PidRequest,
  prefixes: PidPrefixes,
  alreadyAssignedCode: string,
  what: string,
  deps: { now: string; newId: () => string },
): { scheme: PidScheme; value: string; requestedSuffix: string | null; at: string } {
  const decision = decidePidRequest(state, request, prefixes, alreadyAssignedCode, what, deps);
  const requestedSuffix =
    decision.kind === 'retry' ? (state.pendingPersistentId?.requestedSuffix ?? null) : request.suffix;
  return { scheme: request.scheme, value: decision.value, requestedSuffix, at: deps.now };
}

export type PidOutcome =
  /** The identifier is already recorded: nothing to do. */
  | { readonly kind: 'unchanged' }
  | { readonly kind: 'failed'; readonly value: string; readonly reason: string; readonly at: string }
  | { readonly kind: 'assigned'; readonly scheme: PidScheme; readonly value: string; readonly at: string };

/** Decides how to record the registry's answer for the pending identifier `value` (failure null on success). */
export function decidePidOutcome(
  state: PersistentIdState,
  value: string,
  failure: string | null,
  what: string,
  now: string,
): PidOutcome {
  if (state.persistentId?.value === value) return { kind: 'unchanged' };
  const pending = state.pendingPersistentId;
  if (!pending || pending.value !== value) {
    throw conflict('PersistentIdentifierNotPending', `${what} is not waiting for the identifier ${value}.`);
  }
  if (failure !== null) return { kind: 'failed', value, reason: failure, at: now };
  return { kind: 'assigned', scheme: pending.scheme, value, at: now };
}
