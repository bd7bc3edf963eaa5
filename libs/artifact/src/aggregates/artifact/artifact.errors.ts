import { DomainError, notFound } from '@custody/kernel';

/** Unknown, malformed and foreign URIs alike: nothing tells a caller which one it was. */
export const artifactNotFound = (uri: string): DomainError =>
  notFound('ArtifactNotFound', `No artifact ${JSON.stringify(uri.length > 100 ? `${uri.slice(0, 100)}…` : uri)}.`);

export const artifactForbidden = (): DomainError =>
  new DomainError(
    'Forbidden',
    'Forbidden',
    'Only the depositor, an admin or a member of the group admins may read this artifact.',
  );

export const artifactTooLarge = (maxBytes: number): DomainError =>
  new DomainError('PayloadTooLarge', 'TooLarge', `An artifact may hold at most ${maxBytes} bytes.`);
