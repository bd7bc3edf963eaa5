import { GitContext } from './lineage-session.events';

/**
 * A session as its commands need it: who owns it, whether it is still open. The staged content lives in the
 * batch streams and the staging tables, so deciding a batch never folds the batches before it.
 */
export type LineageSessionState =
  | { readonly exists: false }
  | {
      readonly exists: true;
      readonly sessionId: string;
      readonly principalId: string;
      readonly clientSessionId: string | null;
      readonly git: GitContext | null;
      readonly status: 'open' | 'closed';
      readonly lineageHash: string | null;
    };

export type ExistingLineageSession = Extract<LineageSessionState, { exists: true }>;

export const initialLineageSessionState: LineageSessionState = { exists: false };
