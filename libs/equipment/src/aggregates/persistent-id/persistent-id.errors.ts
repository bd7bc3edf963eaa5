import { DomainError, conflict } from '@custody/kernel';
import { PidScheme } from './persistent-id';

/**
 * 502 PersistentIdentifierMintFailed: the registry did not create the identifier. The request stays pending
 * (recorded before the call), so the same request again retries the same identifier.
 */
export const persistentIdMintFailed = (what: string, scheme: PidScheme, value: string, detail: string): DomainError =>
  new DomainError(
    'PersistentIdentifierMintFailed',
    'Upstream',
    `Minting the ${scheme} ${value} for ${what} failed: ${detail.trim().replace(/[.\s]*$/, '.')} The request stays pending; send the same request again to retry the same identifier.`,
  );

/** The outcome of a mint names an identifier this aggregate is not waiting for (a bug, or a concurrent change). */
export const persistentIdNotPending = (what: string, value: string): DomainError =>
  conflict('PersistentIdentifierNotPending', `${what} is not waiting for the identifier ${value}.`);
