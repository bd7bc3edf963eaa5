import { artifactUriOf } from './artifact-id';

export type ArtifactState =
  | { readonly exists: false }
  | {
      readonly exists: true;
      readonly artifactId: string;
      readonly sizeBytes: number;
      readonly contentType: string;
      readonly sha256: string;
      readonly createdBy: string;
      readonly createdAt: string;
    };

export type DepositedArtifact = Extract<ArtifactState, { exists: true }>;

export const initialArtifactState: ArtifactState = { exists: false };

/** What `GET /v1/artifacts/metadata` and `get_artifact_metadata` answer. */
export interface ArtifactMetadataView {
  readonly artifactUri: string;
  readonly sizeBytes: number;
  readonly contentType: string;
  readonly sha256: string;
  readonly createdBy: string;
  readonly createdAt: string;
}

export function toArtifactMetadataView(artifact: DepositedArtifact): ArtifactMetadataView {
  return {
    artifactUri: artifactUriOf(artifact.artifactId),
    sizeBytes: artifact.sizeBytes,
    contentType: artifact.contentType,
    sha256: artifact.sha256,
    createdBy: artifact.createdBy,
    createdAt: artifact.createdAt,
  };
}
