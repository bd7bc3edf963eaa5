import { DomainError } from '@custody/kernel';
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
