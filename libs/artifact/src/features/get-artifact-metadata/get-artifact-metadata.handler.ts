import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AggregateRepository, authorize, isAdminClass } from '@custody/platform';
import { artifactIdOrNotFound, readableArtifact } from '../../aggregates/artifact/artifact.access';
import { evolveArtifact } from '../../aggregates/artifact/artifact.evolve';
import {
  ArtifactMetadataView,
  initialArtifactState,
  toArtifactMetadataView,
} from '../../aggregates/artifact/artifact.state';
import { GetArtifactMetadataQuery } from './get-artifact-metadata.query';

/** Folds the artifact's stream; the same who-may-read rule as the fetch of its bytes. */
@QueryHandler(GetArtifactMetadataQuery)
export class GetArtifactMetadataHandler implements IQueryHandler<GetArtifactMetadataQuery> {
  constructor(private readonly aggregates: AggregateRepository) {}

  async execute({ input, meta }: GetArtifactMetadataQuery): Promise<ArtifactMetadataView> {
    authorize(meta, 'read');
    const id = artifactIdOrNotFound(input.uri);
    const { state } = await this.aggregates.load({ evolve: evolveArtifact, initialState: initialArtifactState }, id);
    const artifact = readableArtifact(state, input.uri, {
      principalId: meta.principal.principalId,
      adminClass: isAdminClass(meta.principal),
    });
    return toArtifactMetadataView(artifact);
  }
}
