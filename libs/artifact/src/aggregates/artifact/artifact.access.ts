import { artifactIdOfUri } from './artifact-id';
import { artifactForbidden, artifactNotFound } from './artifact.errors';
import { ArtifactState, DepositedArtifact } from './artifact.state';

/** Who asks to read an artifact; `adminClass` is the admin role or membership of the group `admins`. */
export interface ArtifactReader {
  readonly principalId: string;
  readonly adminClass: boolean;
}

/** The id in a URI a client sent, or ArtifactNotFound for a malformed or foreign one. */
export function artifactIdOrNotFound(uri: string): string {
  const id = artifactIdOfUri(uri);
  if (id === null) throw artifactNotFound(uri);
  return id;
}

/** The artifact if this reader may read it: ArtifactNotFound when there is none, Forbidden when it is not theirs. */
export function readableArtifact(state: ArtifactState, uri: string, reader: ArtifactReader): DepositedArtifact {
  if (!state.exists) throw artifactNotFound(uri);
  if (state.createdBy !== reader.principalId && !reader.adminClass) throw artifactForbidden();
  return state;
}
