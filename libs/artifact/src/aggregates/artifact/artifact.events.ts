import { DomainEvent } from '@custody/kernel';

/** The bytes of an artifact are durable in the backend and these are their facts. */
export type ArtifactDeposited = DomainEvent<
  'ArtifactDeposited',
  {
    artifactId: string;
    sizeBytes: number;
    contentType: string;
    /** Lowercase hex SHA-256 of the bytes, computed while they streamed in. */
    sha256: string;
    /** The depositing principal. */
    createdBy: string;
    createdAt: string;
  }
>;

export type ArtifactEvent = ArtifactDeposited;

/** One stream per artifact; its stream id is the artifact id (32 hex digits, unlike the UUID-keyed streams). */
export const ARTIFACT_STREAM = 'artifact.artifact';
export const ARTIFACT_EVENT_TYPES: readonly ArtifactEvent['type'][] = ['ArtifactDeposited'];
