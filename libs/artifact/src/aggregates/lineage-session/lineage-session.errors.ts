import { DomainError, conflict, notFound } from '@custody/kernel';
import { ArtifactHash } from './lineage-session.events';
import { LineageSessionState, ExistingLineageSession } from './lineage-session.state';

export const hashName = (hash: ArtifactHash): string => `${hash.algorithm}:${hash.digest}`;

export const lineageSessionNotFound = (sessionId: string): DomainError =>
  notFound('LineageSessionNotFound', `No lineage session ${sessionId}.`);

export const lineageSessionClosed = (sessionId: string): DomainError =>
  conflict('LineageSessionClosed', `Lineage session ${sessionId} is finalized; nothing more can be staged in it.`);

export const lineageJobConflict = (jobUid: string): DomainError =>
  conflict('LineageJobConflict', `Job ${JSON.stringify(jobUid)} belongs to another finalized lineage.`);

export const lineageJobNotFound = (jobUid: string): DomainError =>
  notFound('LineageJobNotFound', `Job ${JSON.stringify(jobUid)} is not staged in this session.`);

export const lineageArtifactNotRegistered = (hash: ArtifactHash): DomainError =>
  notFound(
    'LineageArtifactNotRegistered',
    `No artifact is registered with hash ${hashName(hash)}; register it (with its real size) before linking it.`,
  );

export const lineageArtifactMismatch = (detail: string): DomainError => conflict('LineageArtifactMismatch', detail);

export const lineageArtifactNotFound = (name: string): DomainError =>
  notFound('LineageArtifactNotFound', `No lineage artifact ${name}.`);

/** The session if it exists and the caller may stage in it (its opener or an admin), else LineageSessionNotFound. */
export function ownSession(
  state: LineageSessionState,
  sessionId: string,
  caller: { principalId: string; admin: boolean },
): ExistingLineageSession {
  if (!state.exists || (state.principalId !== caller.principalId && !caller.admin)) {
    throw lineageSessionNotFound(sessionId);
  }
  return state;
}

/** An open session the caller may stage in; LineageSessionClosed once finalized. */
export function openSession(
  state: LineageSessionState,
  sessionId: string,
  caller: { principalId: string; admin: boolean },
): ExistingLineageSession {
  const session = ownSession(state, sessionId, caller);
  if (session.status !== 'open') throw lineageSessionClosed(sessionId);
  return session;
}
